package dev.xxgk.examples.cli;

import dev.xxgk.serialization.Reading;
import dev.xxgk.validation.ValidationResult;
import java.nio.file.Path;

/** Prints the results of {@code xxgk validate} as they come, one report at a time. */
interface ResultPrinter {

    /**
     * One report read and validated.
     *
     * @param file the file it came from
     * @param index its place in a file that holds many reports, from 1; 0 in a file that holds one
     * @param reading the report and the reader's notes
     * @param result the validation result
     */
    record Checked(Path file, int index, Reading reading, ValidationResult result) {

        /** The file, and the report's place in it when the file holds many. */
        String source() {
            return index > 0 ? file + "#" + index : file.toString();
        }
    }

    /** Before the first file. */
    void begin();

    /**
     * A report read and validated.
     *
     * @param checked the report and its result
     */
    void report(Checked checked);

    /**
     * A file that could not be read.
     *
     * @param file the file
     * @param message why, naming the place in the file
     */
    void unreadable(Path file, String message);

    /** After the last file. */
    void end();
}
