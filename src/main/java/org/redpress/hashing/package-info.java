/**
 * Hashing: {@link org.redpress.hashing.Sha256}, the one place that computes SHA-256 (asset
 * names, the search index's generation, ETags, GitLab fingerprints), so no caller handles
 * {@code MessageDigest} or its checked exception.
 *
 * <p>May import: no other redpress package.
 */
package org.redpress.hashing;
