package org.redpress.render;

/** One occurrence of an activity as lists show it: when, what, where, and whether it still happens. */
@Doc("An occurrence of an activity in a list (home 近期活动, the activities list).")
public record ActivityCard(
    @Doc("The activity page.") String href,
    @Doc("Its title.") String title,
    @Doc("The start as 2026-12-20T09:00 for <time datetime>.") String startIso,
    @Doc("The start as the message activity.when prints it (date, weekday, time).") String whenText,
    @Doc("The end time as 11:00; null without an end.") String endTime,
    @Doc("The venue; null when none or unpublished.") LinkView venue,
    @Doc("scheduled, cancelled or postponed; name it with t(\"activity.state.\" + state).") String state,
    @Doc("Whether it recurs (has an RRULE).") boolean recurring) {}
