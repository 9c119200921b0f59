package org.redpress.quality;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.auto.AutoSchemaReader;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.TypedInputSource;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.redpress.model.Urls;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The Nu HTML Checker (vnu, {@code nu.validator:validator}) set up in-process for text/html the
 * way its {@code SimpleDocumentValidator} does: the html5-all schema from the bundled local
 * cache, the same schema wrappers and the same extra checkers, the HTML parser with the same
 * policies. Rebuilt here rather than called because {@code SimpleDocumentValidator} loads vnu's
 * HTTP resolver, which is compiled against Jetty 11's client; this project runs Jetty 12, so
 * vnu's Jetty dependencies are excluded and nothing here ever fetches over the network.
 * Language detection is off (slow, and a guess on short Chinese texts).
 */
final class NuHtmlChecker {

  /** The schema set vnu's command line uses for text/html. */
  private static final String HTML5 = "http://s.validator.nu/html5-all.rnc";

  /** What the checker said about one document. */
  record Report(List<String> errors, List<String> warnings) {}

  private final Collector collector = new Collector();
  private final Validator validator;
  private final XMLReader htmlReader;

  NuHtmlChecker() throws Exception {
    System.setProperty("nu.validator.checker.enableLangDetection", "0");
    System.setProperty("nu.validator.schema.rdfa-full", "1");
    LocalCacheEntityResolver entities = new LocalCacheEntityResolver(new NullEntityResolver());
    entities.setAllowRnc(true);

    PropertyMapBuilder schemaProps = new PropertyMapBuilder();
    schemaProps.put(ValidateProperty.ERROR_HANDLER, collector);
    schemaProps.put(ValidateProperty.ENTITY_RESOLVER, entities);
    schemaProps.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
    RngProperty.CHECK_ID_IDREF.add(schemaProps);
    TypedInputSource schemaInput = (TypedInputSource) entities.resolveEntity(null, HTML5);
    Schema schema = ("application/relax-ng-compact-syntax".equals(schemaInput.getType())
        ? CompactSchemaReader.getInstance() : new AutoSchemaReader())
        .createSchema(schemaInput, schemaProps.toPropertyMap());
    schema = new DataAttributeDroppingSchemaWrapper(schema);
    schema = new AriaAttributeDroppingSchemaWrapper(schema);
    schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
    schema = new RoleAttributeFilteringSchemaWrapper(schema);
    schema = new TemplateElementDroppingSchemaWrapper(schema);
    schema = new NamespaceChangingSchemaWrapper(schema);

    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, collector);
    props.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
    RngProperty.CHECK_ID_IDREF.add(props);
    PropertyMap map = props.toPropertyMap();
    Validator v = schema.createValidator(map);
    v = new CombineValidator(v, CheckerSchema.ASSERTION_SCH.createValidator(map));
    v = new CombineValidator(v, CheckerSchema.LANGUAGE_DETECTING_CHECKER.createValidator(map));
    v = new CombineValidator(v, new CheckerValidator(new TableChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new DuplicateDtChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new HeadingHierarchyChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new MicrodataChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new NormalizationChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new SpeculationRulesChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new TextContentChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new UncheckedSubtreeWarner(), map));
    v = new CombineValidator(v, new CheckerValidator(new UsemapChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new XmlPiChecker(), map));
    v = new CombineValidator(v, new CheckerValidator(new CspEnforcementChecker(), map));
    validator = v;

    HtmlParser parser = new HtmlParser();
    parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
    parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
    parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
    parser.setNamePolicy(XmlViolationPolicy.ALLOW);
    parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
    parser.setMappingLangToXmlLang(true);
    parser.setHeuristics(Heuristics.ALL);
    parser.setContentHandler(validator.getContentHandler());
    parser.setErrorHandler(collector);
    parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
    HashMap<String, String> profile = new HashMap<>();
    profile.put("html-strict", "warn");
    parser.setErrorProfile(profile);
    htmlReader = new AttributesPermutingXMLReaderWrapper(parser);
    if (!collector.errors.isEmpty()) {
      throw new IllegalStateException("vnu could not read its own schema: " + collector.errors);
    }
  }

  /** Checks one UTF-8 text/html document; {@code name} only labels the messages. */
  synchronized Report check(String name, String html) throws Exception {
    collector.errors.clear();
    collector.warnings.clear();
    validator.reset();
    InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setSystemId("https://redpress.test/" + Urls.encode(name));
    source.setEncoding("UTF-8");
    try {
      htmlReader.parse(source);
    } catch (SAXParseException fatal) {
      // already reported to the collector
    }
    return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
  }

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      warnings.add(describe(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(describe(e));
    }

    private static String describe(SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
  }
}
