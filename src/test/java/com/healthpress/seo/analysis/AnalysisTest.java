package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.healthpress.seo.analysis.Check.Level;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void scoreCountsAPassAsOneAWarningAsHalfAndAFailureAsNothing() {
        assertEquals(100, scoreOf(PASS, PASS, PASS));
        assertEquals(75, scoreOf(PASS, WARN));
        assertEquals(50, scoreOf(PASS, FAIL));
        assertEquals(38, scoreOf(PASS, WARN, FAIL, FAIL), "37.5 rounds up");
        assertEquals(0, scoreOf(FAIL, FAIL));
    }

    @Test
    void scoreIsOneHundredWithNothingToCheck() {
        assertEquals(100, Analysis.of(List.of()).score());
    }

    @Test
    void countsChecksByLevel() {
        Analysis analysis = Analysis.of(checks(PASS, WARN, WARN, FAIL, WARN));
        assertEquals(3, analysis.count(WARN));
        assertEquals(List.of(1L, 3L, 1L), List.of(analysis.passes(), analysis.warnings(), analysis.failures()));
    }

    @Test
    void scoreOutsideZeroToOneHundredIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Analysis(List.of(), 101));
        assertThrows(IllegalArgumentException.class, () -> new Analysis(List.of(), -1));
    }

    private static int scoreOf(Level... levels) {
        return Analysis.of(checks(levels)).score();
    }

    private static List<Check> checks(Level... levels) {
        return Arrays.stream(levels).map(level -> new Check("id", "Label", level, "Reason.")).toList();
    }
}
