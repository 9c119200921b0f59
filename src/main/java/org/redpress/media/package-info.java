/**
 * Media processing with no native tool: photos decoded (TwelveMonkeys ImageIO), turned upright by
 * their EXIF orientation, downscaled to a few widths and re-encoded without any metadata; PDF page
 * counts and first-page thumbnails (PDFBox); MP4 durations. Results are cached by content hash.
 * May import: hashing.
 */
package org.redpress.media;
