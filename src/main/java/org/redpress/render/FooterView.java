package org.redpress.render;

/** Who runs the site and how to reach them (site.yaml's footer); each part but the text may be null. */
@Doc("The footer's facts from site.yaml: the text and who runs the site.")
public record FooterView(
    @Doc("The footer text; may be empty.") String text,
    @Doc("主办单位: who runs the site; null when not given.") String publisher,
    @Doc("Its address; null when not given.") String address,
    @Doc("Its phone number; null when not given.") String phone,
    @Doc("Its e-mail address; null when not given.") String email,
    @Doc("The ICP filing number; null when none.") String icp,
    @Doc("The public-security (公安) filing number; null when none.") String police) {}
