/**
 * The site report ({@code aitest:site-report}): the aitest page of {@code mvn site}, through Maven's reporting API
 * and Doxia. An adapter like {@code dev.aitest.maven}, but outside it: the build extension exports
 * {@code dev.aitest.maven} and its subpackages to the project, and a report class loaded through that export
 * implements the extension's copy of {@code MavenReport}, not the site's, so the site would ignore it as "not a
 * report".
 */
package dev.aitest.site;
