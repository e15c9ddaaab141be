package io.ownerscope.redflags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.reference.TransshipmentCountries;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Runs the red-flag checks for a batch of entities: one query per flag, all in one read transaction under the
 * configured timeout, every list in the evidence capped.
 */
@Repository
class RedFlagRepository {

    private static final String FIND_ENTITY = Cypher.load("redflags/find-entity.cypher");
    private static final String COUNTRY_COMPANIES = Cypher.load("redflags/country-companies.cypher");

    /** A company of a country, as listed for a ranking. */
    record Company(String id, String name) {
    }

    /** The entity a report is about. */
    record Subject(String id, String name, List<String> labels, String country, List<String> sources) {
    }

    private final Graph graph;
    private final RedFlagSettings settings;
    private final TransshipmentCountries transshipment;
    private final List<FlagCheck> checks;

    RedFlagRepository(Graph graph, RedFlagSettings settings, TransshipmentCountries transshipment) {
        this.transshipment = transshipment;
        this.graph = graph;
        this.settings = settings;
        this.checks = List.of(
                new CypherFlagCheck(RedFlag.INCORPORATED_AFTER_INVASION, "incorporated-after-invasion.cypher"),
                new CypherFlagCheck(RedFlag.MASS_REGISTRATION_ADDRESS, "mass-registration-address.cypher"),
                new CypherFlagCheck(RedFlag.ADDRESS_SHARED_WITH_DESIGNATED, "address-shared-with-designated.cypher"),
                new CypherFlagCheck(RedFlag.COMMON_DIRECTOR_OR_OWNER, "common-director-or-owner.cypher"),
                new CypherFlagCheck(RedFlag.CHPL_TO_RUSSIA, "chpl-to-russia.cypher"),
                new ChplSurgeCheck(settings),
                new CypherFlagCheck(RedFlag.DESIGNATED_COUNTERPARTY, "designated-counterparty.cypher"),
                new CypherFlagCheck(RedFlag.RUSSIAN_OWNERS, "russian-owners.cypher"),
                new CypherFlagCheck(RedFlag.LOGISTICS_CONSIGNEE, "logistics-consignee.cypher"),
                new GoodsOutsideActivityCheck(settings.activity()),
                new CypherFlagCheck(RedFlag.TRANSSHIPMENT_COUNTRY, "transshipment-country.cypher"));
    }

    Optional<Subject> subject(String id) {
        return graph.read(tx -> tx.run(FIND_ENTITY, Map.of("id", id)).list()).stream().findFirst()
                .map(row -> new Subject(row.get("id").asString(), row.get("name").asString(null),
                        row.get("labels").asList(Value::asString), row.get("country").asString(null),
                        row.get("sources").asList(Value::asString)));
    }

    /** The companies of a country in id order, at most {@code max + 1} so that a cut shows. */
    List<Company> companiesOf(String country, int max) {
        return graph.read(tx -> tx.run(COUNTRY_COMPANIES, Map.of("country", country, "maxCompanies", (long) max))
                .list(row -> new Company(row.get("id").asString(), row.get("name").asString(null))));
    }

    /** Every flag for each of {@code ids}, in the order of {@link RedFlag}; one read transaction. */
    Map<String, List<FlagResult>> assess(List<String> ids, LocalDate asOf) {
        var parameters = parameters(ids, asOf);
        return graph.read(tx -> {
            var byEntity = new LinkedHashMap<String, List<FlagResult>>();
            ids.forEach(id -> byEntity.put(id, new ArrayList<>()));
            for (var check : checks) {
                check.check(tx, parameters).forEach((id, result) -> {
                    var results = byEntity.get(id);
                    if (results != null) {
                        results.add(result);
                    }
                });
            }
            byEntity.values().removeIf(List::isEmpty);
            return byEntity;
        });
    }

    private Map<String, Object> parameters(List<String> ids, LocalDate asOf) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        parameters.put("asOf", asOf);
        parameters.put("invasionDate", settings.invasionDate());
        parameters.put("russia", settings.russiaCountries());
        parameters.put("countries", transshipment.transshipmentCountries());
        parameters.put("minCompanies", (long) settings.massRegistrationMinCompanies());
        parameters.put("hubDegree", (long) settings.hubDegree());
        parameters.put("minShare", settings.russianOwnersMinShare());
        parameters.put("maxEvidence", (long) settings.maxEvidence());
        parameters.put("maxPaths", (long) Math.max(100, settings.maxEvidence() * 10));
        parameters.put("baselineFrom", settings.surge().baselineFrom());
        parameters.put("keywords", settings.logistics().keywords());
        parameters.put("activityCodes", settings.logistics().activityCodes());
        parameters.put("consignees", settings.logistics().consignees());
        return parameters;
    }
}
