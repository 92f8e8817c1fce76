package dev.xxgk.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "东营市东营区人民政府办公室|东营市东营区人民政府办公室",
        "东营市 东营区人民政府办公室|东营市东营区人民政府办公室",
        "\u3000东营市东营区人民政府办公室\t|东营市东营区人民政府办公室",
        "东营市东营区\u200b人民政府\ufeff办公室|东营市东营区人民政府办公室",
        "测试市第１２局|测试市第12局",
        "东营市人民政府（东营市政府办公室）|东营市人民政府(东营市政府办公室)",
        "东营市人民政府〔东营市政府办公室〕|东营市人民政府(东营市政府办公室)",
        "东营市人民政府【东营市政府办公室】|东营市人民政府[东营市政府办公室]",
        "ＡＢＣ市|ABC市",
    })
    void namesDifferingOnlyInFormHaveOneKey(String name, String same) {
        assertEquals(AgencyKey.of(same), AgencyKey.of(name));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "东营市东营区人民政府办公室|东营市东营区人民政府",
        "东营市行政审批服务局|東營市行政審批服務局",
        "测试市第12局|测试市第21局",
    })
    void namesThatDifferInSubstanceStayApart(String name, String other) {
        assertNotEquals(AgencyKey.of(other), AgencyKey.of(name));
    }
}
