package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The outline's reading of one title line: the agency and the year, or no title. */
class OutlineTitleTest {

    @ParameterizedTest
    @CsvSource({
        "淮安市人民政府2024年政府信息公开工作年度报告, 淮安市人民政府, 2024",
        "淮安市人民政府2024年政府信息公开工作年度报告（全文）, 淮安市人民政府, 2024",
        "淮安市人民政府2024年度政府信息公开工作年度报告(正文), 淮安市人民政府, 2024",
        "《淮安市人民政府2024年政府信息公开工作年度报告》, 淮安市人民政府, 2024",
        "2022年某某市人民政府办公室政府信息公开工作年度报告【文字版】, 某某市人民政府办公室, 2022",
        "某某县财政局2023年政府信息公开年度报告, 某某县财政局, 2023",
    })
    void aTitleGivesItsAgencyAndYear(String line, String agency, int year) {
        Outline.Title title = Outline.parseTitle(line);
        assertEquals(agency, title.agency(), line);
        assertEquals(year, title.year(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a draft, a notice about the report, a report on something else: not the report's title
        "淮安市人民政府2024年政府信息公开工作年度报告（征求意见稿）",
        "关于印发淮安市人民政府2024年政府信息公开工作年度报告的通知",
        "淮安市人民政府2024年政府信息公开工作年度报告（全文）（图解）",
        "淮安市人民政府2024年政府信息公开工作年度报告（全文",
        "淮安市人民政府2024年政府信息公开工作年度报告解读",
    })
    void aLineThatOnlyMentionsTheReportIsNoTitle(String line) {
        assertNull(Outline.parseTitle(line), line);
    }
}
