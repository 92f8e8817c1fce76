package dev.xxgk.examples.beanvalidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.examples.Fixtures;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

    private static final SubmissionCheck CHECK = new SubmissionCheck();

    @AfterAll
    static void close() {
        CHECK.close();
    }

    @Test
    void aConsistentReportFromAValidContactHasNoProblem() {
        assertEquals(List.of(), CHECK.problems(new Submission("gongkai@dongying.gov.cn", Fixtures.zhaoyuan2019())));
    }

    @Test
    void theReportsViolationsArePathsThroughTheField() {
        AnnualReport report = Fixtures.zhaoyuan2019();
        int carried = ((Count) report.cell("applications.carriedForward.total")).value();
        AnnualReport broken = report.withCell("applications.carriedForward.total", carried + 2);
        List<String> problems = CHECK.problems(new Submission("not an address", broken));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("contact: ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("report.applications.carriedForward.total: ")),
                problems::toString);
        // nothing else: the other cells add up
        assertTrue(problems.stream().allMatch(p -> p.startsWith("contact: ")
                || p.startsWith("report.applications.carriedForward.")), problems::toString);
    }
}
