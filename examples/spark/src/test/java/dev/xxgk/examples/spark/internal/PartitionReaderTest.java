package dev.xxgk.examples.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xxgk.validation.Profile;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionReaderTest {

    @ParameterizedTest
    @CsvSource({"608, 608.000000", "608.00, 608.000000", "1500084, 1500084.000000", "0.123456, 0.123456",
        "12.3400000, 12.340000", "-3, -3.000000"})
    void anAmountThatFitsKeepsItsValue(String amount, String stored) {
        BigDecimal exact = PartitionReader.exact(new BigDecimal(amount));
        assertEquals(new BigDecimal(stored), exact);
        assertEquals(0, exact.compareTo(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource({"0.1234567", "100000000000000000000000000000000", "1E+40"})
    void anAmountThatDoesNotFitIsNeverRounded(String amount) {
        assertNull(PartitionReader.exact(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource({"file:/corpus, file:/corpus/a/b.txt, a/b.txt", "file:/corpus/, file:/corpus/b.txt, b.txt",
        "hdfs://nn:8020/corpus, hdfs://nn:8020/corpus/2023/x.pdf, 2023/x.pdf",
        "file:/corpus, file:/other/b.txt, file:/other/b.txt", "file:/corpus, file:/corpus2/b.txt, file:/corpus2/b.txt"})
    void filesAreNamedUnderTheInputFolder(String root, String path, String relative) {
        assertEquals(relative, new PartitionReader(root, Profile.AUDIT).relative(path));
    }
}
