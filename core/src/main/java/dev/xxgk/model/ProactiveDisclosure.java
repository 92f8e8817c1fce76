package dev.xxgk.model;

import java.util.Objects;

/**
 * Section 二, 主动公开政府信息情况: the bands of 第二十条, different in each edition.
 *
 * <p>Rows, in the template's order, are the data rows of every band: see
 * {@link ProactiveDisclosure2019} and {@link ProactiveDisclosure2021}.
 */
public sealed interface ProactiveDisclosure extends CellTable permits ProactiveDisclosure2019, ProactiveDisclosure2021 {

    /**
     * The edition whose tables this section has.
     *
     * @return the edition
     */
    Edition edition();

    /**
     * The section of an edition with every cell blank.
     *
     * @param edition the edition
     * @return the blank section
     */
    static ProactiveDisclosure blank(Edition edition) {
        return switch (Objects.requireNonNull(edition, "edition")) {
            case EDITION_2019 -> ProactiveDisclosure2019.blank();
            case EDITION_2021 -> ProactiveDisclosure2021.blank();
        };
    }
}
