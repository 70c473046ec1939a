package io.github.juesuan.report;

import io.github.juesuan.internal.CompactText;
import io.github.juesuan.internal.JuesuanStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * A section of prose, kept as text under its heading. {@link #getFigures()} gives the figures the
 * text states, which the validator's 情况说明 rules (family {@code NARR}) compare with the tables.
 */
@Value.Immutable
@JuesuanStyle
public abstract class NarrativeSection {

    NarrativeSection() {
    }

    /**
     * Gets the part of the report the section belongs to.
     *
     * @return the part
     */
    @NotNull
    public abstract ReportPart getPart();

    /**
     * Gets the heading as printed, such as {@code 一、收入支出决算总体情况说明}.
     *
     * @return the heading
     */
    @NotNull
    public abstract String getHeading();

    /**
     * Gets the text of the section, paragraphs separated by line breaks.
     *
     * @return the text
     */
    @NotNull
    public abstract String getText();

    /**
     * Gets the figures the text states: every number followed by 万元, 元, 亿元, % or 分 (not 分钟, 分别 or
     * 分之), with the words before it (see {@link ProseFigure}). White space is skipped everywhere, since
     * text taken from PDFs breaks lines inside words and between a number and its unit. Found once per
     * section, when first asked for.
     *
     * @return the figures in the order of the text
     */
    @Value.Lazy
    public List<ProseFigure> getFigures() {
        return ProseScanner.scan(getText());
    }

    /**
     * Not API: the heading, a line break and the text without white space, made once when first asked for,
     * with what the validator's rules on wording derive from it (see {@link CompactText}). Applications must
     * not use it; it may change or disappear in any release.
     *
     * @return the heading and text without white space
     */
    @Value.Lazy
    public CompactText compactText() {
        return CompactText.of(getHeading() + "\n" + getText());
    }

    /**
     * Creates a section.
     *
     * @param part the part
     * @param heading the heading
     * @param text the text
     * @return the section
     */
    public static NarrativeSection of(ReportPart part, String heading, String text) {
        return builder().part(part).heading(heading).text(text).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NarrativeSection}. */
    public static final class Builder extends ImmutableNarrativeSection.Builder {
        Builder() {
        }
    }
}
