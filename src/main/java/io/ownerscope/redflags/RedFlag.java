package io.ownerscope.redflags;

import java.util.Arrays;
import java.util.Optional;

/**
 * The red flags of sanctions and export-control evasion that ownerscope checks, each with the published guidance it
 * comes from and its default weight in the score.
 */
public enum RedFlag {

    INCORPORATED_AFTER_INVASION("incorporated-after-invasion", 1,
            "Incorporated on or after the start of Russia's full-scale invasion of Ukraine (24 February 2022)",
            "FinCEN/BIS joint alert (June 2022); Tri-Seal compliance note (March 2023)"),
    MASS_REGISTRATION_ADDRESS("mass-registration-address", 1,
            "Registered at an address shared by many companies (mass registration)",
            "FinCEN/BIS joint alert (June 2022)"),
    ADDRESS_SHARED_WITH_DESIGNATED("address-shared-with-designated", 2,
            "Registered at an address that a designated party also uses",
            "FinCEN alert (March 2022); FinCEN/BIS joint alerts (June 2022, May 2023)"),
    COMMON_DIRECTOR_OR_OWNER("common-director-or-owner", 2,
            "A director or owner in common with a Russian or Belarusian entity or a designated one",
            "FinCEN alert (March 2022); Tri-Seal compliance note (March 2023); Treasury readout (April 2023)"),
    CHPL_TO_RUSSIA("chpl-to-russia", 3,
            "Imports goods on the Common High Priority List and ships to Russia or Belarus",
            "FinCEN/BIS joint alerts (June 2022, May 2023, November 2023); Common High Priority List (BIS with "
                    + "the EU, UK and Japan)"),
    CHPL_TRADE_SURGE("chpl-trade-surge", 2,
            "Trade in Common High Priority List goods rose sharply after the invasion, or appeared from nothing",
            "FinCEN/BIS joint alert (May 2023); Treasury readout of the April 2023 visit to Astana and Almaty"),
    DESIGNATED_COUNTERPARTY("designated-counterparty", 3,
            "Ships to, or receives from, a designated party (listed, or owned or controlled by listed parties)",
            "FinCEN alert (March 2022); FinCEN/BIS joint alert (June 2022); Tri-Seal compliance note (March 2023)"),
    RUSSIAN_OWNERS("russian-owners", 2,
            "Owned by Russian or Belarusian nationals or companies, directly or through one company",
            "FinCEN alert (March 2022); FinCEN/BIS joint alerts (June 2022, November 2023)"),
    LOGISTICS_CONSIGNEE("logistics-consignee", 1,
            "Ships to a freight forwarder, logistics, cargo or courier firm as consignee",
            "FinCEN/BIS joint alert (June 2022)"),
    GOODS_OUTSIDE_ACTIVITY("goods-outside-activity", 2,
            "Trades high-priority or electronic goods outside its registered line of business",
            "FinCEN/BIS joint alert (June 2022); Tri-Seal compliance note (March 2023)"),
    TRANSSHIPMENT_COUNTRY("transshipment-country", 0.5,
            "Registered in, or at an address in, a country the alerts name as a transshipment point to Russia",
            "FinCEN/BIS joint alerts (June 2022, May 2023); Tri-Seal compliance note (March 2023)");

    private final String id;
    private final double defaultWeight;
    private final String description;
    private final String basis;

    RedFlag(String id, double defaultWeight, String description, String basis) {
        this.id = id;
        this.defaultWeight = defaultWeight;
        this.description = description;
        this.basis = basis;
    }

    /** The name used in the API and in the configuration ({@code ownerscope.red-flags.weights.<id>}). */
    public String id() {
        return id;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    public String description() {
        return description;
    }

    /** The published guidance that names this red flag. */
    public String basis() {
        return basis;
    }

    static Optional<RedFlag> byId(String id) {
        return Arrays.stream(values()).filter(flag -> flag.id.equals(id)).findFirst();
    }
}
