package org.redpress.content;

/**
 * A video on a platform site.yaml allows ({@code videoHosts}): its title and the player's https
 * address, which the page loads only when a reader taps it.
 */
public record VideoEmbed(String title, String url) {}
