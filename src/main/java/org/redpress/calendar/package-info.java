/**
 * Calendar: RFC 5545 recurrence rules (RRULE) parsed and expanded by biweekly, in Asia/Shanghai
 * time, always within a window and up to a limit, so a rule without an end is safe.
 *
 * <p>May import: no other redpress package (and biweekly).
 */
package org.redpress.calendar;
