package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intermediary-chain search ({@code ownerscope.chains.*}).
 *
 * @param intermediaryCountries default intermediary countries: the transshipment points the FinCEN/BIS alerts name
 * @param destinationCountries default destination countries of the consignee
 * @param passThroughDays an outbound shipment within this many days after an inbound one of the same HS-6 is
 *        pass-through evidence
 * @param newCompanySince an intermediary incorporated on or after this date is a new company (the alerts' red flag)
 * @param defaultLimit chains returned when the request gives no limit
 * @param maxLimit the largest limit a request may ask for
 * @param maxLinkHops the longest OWNS/CONTROLS/DIRECTOR_OF path followed from the consignee to a designated party
 *        (at most 3, the bound of the query)
 * @param hubDegree an address with more registered parties than this is a hub and is not followed
 * @param maxIntermediaries the most intermediaries one search starts from
 * @param maxChains the most candidate chains one search reads
 * @param maxPathsPerConsignee the most link paths read per consignee and kind
 * @param shipmentsShown the most shipments a request may have listed per leg (all are counted and scored)
 * @param linksShown the most links to designated parties a request may have listed per chain, strongest first
 * @param defaultShipments the shipments listed per leg when the request does not say
 * @param defaultLinks the links listed per chain when the request does not say
 * @param valueFloor chain value (USD, outbound) at which the value component starts above 0
 * @param valueScale chain value (USD, outbound) at which the value component reaches 1
 * @param weights weight of each score component
 * @param linkStrength strength of each kind of link from the consignee to a designated party
 * @param tierWeights weight of each Common High Priority List tier
 */
@ConfigurationProperties("ownerscope.chains")
record ChainsSettings(
        @DefaultValue({"AM", "GE", "KZ", "KG", "TJ", "UZ", "TR", "AE", "CN", "HK", "MO", "IN", "IL", "RS", "SG",
                "ZA", "TW", "BR", "MX", "NI"}) List<String> intermediaryCountries,
        @DefaultValue({"RU", "BY"}) List<String> destinationCountries,
        @DefaultValue("90") int passThroughDays,
        @DefaultValue("2022-02-24") LocalDate newCompanySince,
        @DefaultValue("20") int defaultLimit,
        @DefaultValue("200") int maxLimit,
        @DefaultValue("3") int maxLinkHops,
        @DefaultValue("50") int hubDegree,
        @DefaultValue("2000") int maxIntermediaries,
        @DefaultValue("5000") int maxChains,
        @DefaultValue("100") int maxPathsPerConsignee,
        @DefaultValue("50") int shipmentsShown,
        @DefaultValue("10") int linksShown,
        @DefaultValue("3") int defaultShipments,
        @DefaultValue("3") int defaultLinks,
        @DefaultValue("10000") double valueFloor,
        @DefaultValue("10000000") double valueScale,
        @DefaultValue Weights weights,
        @DefaultValue LinkStrength linkStrength,
        @DefaultValue TierWeights tierWeights) {

    /** The bound of the link query's variable-length pattern. */
    static final int LINK_HOPS_BOUND = 3;

    ChainsSettings {
        intermediaryCountries = List.copyOf(intermediaryCountries);
        destinationCountries = List.copyOf(destinationCountries);
        if (maxLinkHops < 1 || maxLinkHops > LINK_HOPS_BOUND) {
            throw new IllegalArgumentException("ownerscope.chains.max-link-hops must be 1 to " + LINK_HOPS_BOUND);
        }
        if (valueFloor <= 0 || valueScale <= valueFloor) {
            throw new IllegalArgumentException("ownerscope.chains.value-floor must be above 0 and below value-scale");
        }
    }

    /** Weights of the score components; the score is the sum of weight × component (each component 0–1). */
    record Weights(
            @DefaultValue("0.30") double link,
            @DefaultValue("0.15") double chpl,
            @DefaultValue("0.15") double value,
            @DefaultValue("0.15") double passThrough,
            @DefaultValue("0.10") double rerouted,
            @DefaultValue("0.10") double newIntermediary,
            @DefaultValue("0.05") double intermediaryCountry) {
    }

    /** Strength (0–1) of the consignee's tie to a designated party, by kind of link. */
    record LinkStrength(
            @DefaultValue("1.0") double designated,
            @DefaultValue("0.75") double ownedOrControlled,
            @DefaultValue("0.5") double directed,
            @DefaultValue("0.25") double sharedAddress,
            @DefaultValue("0.8") double possiblyFactor) {
    }

    /** Weight (0–1) of a shipment's Common High Priority List tier; goods off the list weigh 0. */
    record TierWeights(
            @DefaultValue("1.0") double tier1,
            @DefaultValue("0.85") double tier2,
            @DefaultValue("0.7") double tier3a,
            @DefaultValue("0.6") double tier3b,
            @DefaultValue("0.5") double tier4a,
            @DefaultValue("0.5") double tier4b) {

        double of(String tier) {
            if (tier == null) {
                return 0;
            }
            return switch (tier) {
                case "1" -> tier1;
                case "2" -> tier2;
                case "3.A" -> tier3a;
                case "3.B" -> tier3b;
                case "4.A" -> tier4a;
                case "4.B" -> tier4b;
                default -> 0;
            };
        }
    }
}
