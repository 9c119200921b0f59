package org.redpress.content;

import org.redpress.diagnostics.SourcePosition;

/** A reference to another record (or a media file) by id, remembering where it was written. */
public record Ref(String id, SourcePosition at) {}
