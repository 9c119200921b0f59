package org.redpress.build;

/** What the writer did: files written, of which unchanged (kept from the previous site), bytes. */
public record WriteReport(int files, int unchanged, long bytes) {}
