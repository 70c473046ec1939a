package io.github.juesuan.validation;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.NarrativeSection;
import io.github.juesuan.report.ReportPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The consistent fixture report with one more section of prose, and the findings of one rule on it. */
final class ReviewRulesFixture {

    static final ReportValidator VALIDATOR = ReportValidator.builder().locale(Locale.CHINESE).build();

    private ReviewRulesFixture() {
    }

    /** The consistent report with a section {@code heading} of 第三部分 that says {@code text}. */
    static FinalAccountReport with(String heading, String text) {
        List<NarrativeSection> n = new ArrayList<>(ValidationFixtures.consistent().getNarrative());
        n.add(NarrativeSection.of(ReportPart.EXPLANATION, heading, text));
        return FinalAccountReport.builder(ValidationFixtures.consistent()).narrative(n).build();
    }

    /** The failures and rounding findings of a rule when the report's 第三部分 also says {@code text}. */
    static List<Finding> found(String ruleId, String text) {
        return found(ruleId, with("十二、其他需要说明的情况", text));
    }

    static List<Finding> found(String ruleId, FinalAccountReport r) {
        return VALIDATOR.validate(r).getFindings(ruleId).stream()
                .filter(f -> f.getOutcome() == Outcome.FAILED || f.getOutcome() == Outcome.ROUNDING)
                .collect(Collectors.toList());
    }

    static final Location SECTION = Location.ofText("第三部分“十二、其他需要说明的情况”");
}
