package org.liaisongraph.source;

/** A {@code SUPPORTED_BY} link: the source of a fact node and the credibility given to the fact. */
public record SourceRef(Source source, Integer credibility) {
}
