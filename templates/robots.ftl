<#ftl output_format="plainText">
<#-- robots.txt (root variable: sitemapUrl): everything may be crawled; the sitemap is named absolutely. -->
User-agent: *
Allow: /

Sitemap: ${sitemapUrl}
