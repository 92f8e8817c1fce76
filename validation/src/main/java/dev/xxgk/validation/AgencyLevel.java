package dev.xxgk.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The level of a reporting agency, which sets the deadline of its report under the Regulations on
 * the Disclosure of Government Information (《政府信息公开条例》): a department of a government
 * at or above county level publishes by 31 January (第四十九条), a local government's report is
 * published by 31 March (第五十条).
 *
 * <p>{@link #of(String)} guesses the level from the agency's name; a caller who knows better
 * tells the validator with {@link ReportValidator.Builder#agencyLevel(java.util.function.Function)}.
 */
public enum AgencyLevel {

    /** A local government's own report (人民政府, or its 办公室/办公厅 publishing it): by 31 March. */
    GOVERNMENT("government", 3, 31),

    /** A department of a government (局, 委员会, 厅, 办公室 of a department, 中心, …): by 31 January. */
    DEPARTMENT("department", 1, 31),

    /**
     * Neither can be told from the name (a township, a 街道办事处, a 管理委员会 of a zone): the later
     * deadline, 31 March, so that no report is called late on a guess.
     */
    UNKNOWN("unknown", 3, 31);

    private final String code;
    private final int month;
    private final int day;

    AgencyLevel(String code, int month, int day) {
        this.code = code;
        this.month = month;
        this.day = day;
    }

    /** {@return the code, as in messages: {@code government}, {@code department}, {@code unknown}} */
    public String code() {
        return code;
    }

    /**
     * The last day the report on a year may be published.
     *
     * @param reportYear the report year
     * @return 31 January or 31 March of the next year
     */
    public LocalDate deadline(int reportYear) {
        return LocalDate.of(reportYear + 1, month, day);
    }

    /**
     * The level of an agency guessed from its name: {@link #GOVERNMENT} for a name ending in
     * 人民政府 (or 人民政府办公室 / 办公厅, which publish the government's report), {@link #UNKNOWN}
     * for a township (乡, 镇), a 街道办事处 and a 管理委员会, {@link #DEPARTMENT} for a name ending in
     * 局, 委员会, 委, 厅, 办公室, 办, 中心 or 署, {@link #UNKNOWN} otherwise. White space is
     * ignored.
     *
     * @param agency the agency's full name
     * @return the level
     */
    public static AgencyLevel of(String agency) {
        Objects.requireNonNull(agency, "agency");
        String name = agency.strip();
        if (name.endsWith("镇人民政府") || name.endsWith("乡人民政府") || name.endsWith("街道办事处")
                || name.endsWith("管理委员会") || name.endsWith("管委会")) {
            return UNKNOWN;
        }
        if (name.endsWith("人民政府") || name.endsWith("人民政府办公室") || name.endsWith("人民政府办公厅")
                || name.endsWith("政府办")) {
            return GOVERNMENT;
        }
        for (String ending : DEPARTMENT_ENDINGS) {
            if (name.endsWith(ending)) {
                return DEPARTMENT;
            }
        }
        return UNKNOWN;
    }

    private static final String[] DEPARTMENT_ENDINGS = {"局", "委员会", "委", "厅", "办公室", "办", "中心", "署"};
}
