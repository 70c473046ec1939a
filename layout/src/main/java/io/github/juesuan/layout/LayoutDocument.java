package io.github.juesuan.layout;

import io.github.juesuan.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document as every source gives it to the recognizer: a name, its lines in reading order
 * (each with its page, text and cells) and the pages that carry no text. Text files, workbooks
 * and PDFs are turned into this one form by their sources; {@link LayoutReader} reads a report out
 * of it, whatever the format was.
 *
 * <p>Immutable; build with {@link #builder(String)}.
 */
public final class LayoutDocument {

    private final String sourceName;
    private final List<LayoutLine> lines;
    private final int pageCount;
    private final Set<Integer> pagesWithoutText;

    private LayoutDocument(Builder b) {
        this.sourceName = b.sourceName;
        this.lines = List.copyOf(b.lines);
        this.pageCount = b.pageCount;
        this.pagesWithoutText = Set.copyOf(b.pagesWithoutText);
    }

    /**
     * Returns a builder.
     *
     * @param sourceName the name of the source for messages, such as a file name, not null
     * @return the builder
     */
    public static Builder builder(String sourceName) {
        return new Builder(Objects.requireNonNull(sourceName, "sourceName"));
    }

    /** @return the name of the source, such as a file name */
    public String getSourceName() {
        return sourceName;
    }

    /** @return the lines in reading order */
    public List<LayoutLine> getLines() {
        return lines;
    }

    /** @return the number of pages, 0 if the source has no pages */
    public int getPageCount() {
        return pageCount;
    }

    /** @return the 1-based pages that carry no text layer (scanned pages), in order */
    public Set<Integer> getPagesWithoutText() {
        return new TreeSet<>(pagesWithoutText);
    }

    /** @return the location of the whole source */
    public SourceLocation getLocation() {
        return SourceLocation.ofFile(sourceName);
    }

    /** Builds a {@link LayoutDocument}. */
    public static final class Builder {
        private final String sourceName;
        private final List<LayoutLine> lines = new ArrayList<>();
        private final Set<Integer> pagesWithoutText = new TreeSet<>();
        private int pageCount;

        Builder(String sourceName) {
            this.sourceName = sourceName;
        }

        /**
         * Adds a line after the previous ones.
         *
         * @param line the line, not null
         * @return this
         */
        public Builder addLine(LayoutLine line) {
            lines.add(Objects.requireNonNull(line, "line"));
            pageCount = Math.max(pageCount, line.getPage());
            return this;
        }

        /**
         * Sets the number of pages.
         *
         * @param pages the number of pages, at least the highest page of a line
         * @return this
         */
        public Builder pageCount(int pages) {
            pageCount = Math.max(pageCount, pages);
            return this;
        }

        /**
         * Records a page that carries no text layer.
         *
         * @param page the 1-based page
         * @return this
         */
        public Builder pageWithoutText(int page) {
            pagesWithoutText.add(page);
            pageCount = Math.max(pageCount, page);
            return this;
        }

        /** @return the document */
        public LayoutDocument build() {
            return new LayoutDocument(this);
        }
    }
}
