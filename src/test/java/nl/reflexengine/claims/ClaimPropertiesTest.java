package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.ResourcePropertySource;

/** The claim rules as application.properties sets them, and a bad setting stopping the start. */
class ClaimPropertiesTest {

    @EnableConfigurationProperties(ClaimProperties.class)
    static class BindClaimProperties {}

    private final ApplicationContextRunner engine = new ApplicationContextRunner()
            .withInitializer(context -> {
                try {
                    context.getEnvironment()
                            .getPropertySources()
                            .addLast(new ResourcePropertySource("classpath:application.properties"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })
            .withUserConfiguration(BindClaimProperties.class);

    @Test
    void applicationPropertiesSetTheDomainsDefaults() {
        engine.run(context -> {
            ClaimProperties rules = context.getBean(ClaimProperties.class);
            assertThat(rules).isEqualTo(ClaimRulesFixture.domainDefaults());
            assertThat(rules.poortwachter()).containsEntry(Milestone.FIRST_YEAR_ASSESSMENT, 53);
            assertThat(rules.uitzendbedingEndDateFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(rules.uitzendbedingMaxDaysEarly()).isEqualTo(10);
            assertThat(rules.problemAnalysisWeekOf("C-ZONNIG")).isEqualTo(6);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 10, 13})
    void aClientsProblemAnalysisWeekIsBoundByItsClientId(int week) {
        engine.withPropertyValues("reflex.claims.problem-analysis-week.C-DELTA=" + week)
                .run(context -> {
                    ClaimProperties rules = context.getBean(ClaimProperties.class);
                    assertThat(rules.problemAnalysisWeekOf("C-DELTA")).isEqualTo(week);
                    assertThat(rules.problemAnalysisWeekOf("C-ZONNIG")).isEqualTo(6);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 12, 0})
    void anyOtherProblemAnalysisWeekStopsTheStartNamingTheSetting(int week) {
        engine.withPropertyValues("reflex.claims.problem-analysis-week.C-DELTA=" + week)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(BindValidationException.class)
                        .hasMessageContaining("problemAnalysisWeek[C-DELTA]': rejected value [" + week + "]")
                        .hasMessageContaining("the problem analysis can only be in week 6, 10 or 13"));
    }
}
