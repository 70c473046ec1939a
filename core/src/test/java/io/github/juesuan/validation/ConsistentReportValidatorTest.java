package io.github.juesuan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.juesuan.report.ExpenditureColumn;
import io.github.juesuan.report.FinalAccountReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsistentReportValidatorTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void test_isValid_consistentReport_noViolation() {
        assertThat(factory.getValidator().validate(ValidationFixtures.consistent())).isEmpty();
    }

    @Test
    void test_isValid_changedCell_violationsPointAtRowAndColumn() {
        FinalAccountReport r = Mutations.t03(ValidationFixtures.consistent(), "2010301", ExpenditureColumn.TOTAL,
                "101.00");
        Set<ConstraintViolation<FinalAccountReport>> v = factory.getValidator().validate(r);
        assertThat(v.stream().map(c -> c.getPropertyPath().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("expenditure.rows[2010301].TOTAL", "expenditure.rows[20103].TOTAL");
    }

    @Test
    void test_isValid_messagesFromContributorBundles_chineseAndEnglish() {
        FinalAccountReport r = Mutations.t06(ValidationFixtures.consistent(), "30201", "13.00");
        assertThat(messages(r, Locale.CHINESE)).singleElement().asString()
                .isEqualTo("类行等于其所属款行之和 (21.00 ≠ 20.00, Δ -1.00)");
        assertThat(messages(r, Locale.ENGLISH)).singleElement().asString()
                .isEqualTo("Each 类 row equals the sum of its 款 rows (21.00 ≠ 20.00, Δ -1.00)");
    }

    private static Set<String> messages(FinalAccountReport r, Locale locale) {
        ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
                .locales(locale).defaultLocale(locale).buildValidatorFactory();
        try {
            Validator v = f.getValidator();
            return v.validate(r).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        } finally {
            f.close();
        }
    }
}
