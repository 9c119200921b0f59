/**
 * The site model: the immutable {@link org.redpress.model.SiteModel} of published records with
 * their URLs, taxonomies, learning paths, related records and reverse links, plus pagination.
 *
 * <p>May import: diagnostics, config, content.
 */
package org.redpress.model;
