package io.ownerscope.loading.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;

class OfacSdnRecordsTest {

    private static final String TANKER = """
            47371,"NS LEADER","vessel","RUSSIA-EO14024",-0- ,"A8LU7","Crude Oil Tanker",-0- ,-0- ,"Gabon",-0- ,\
            "Identification Number IMO 9339301; MMSI 636013272; Linked To: NS LEADER SHIPPING INCORPORATED."
            47372,"NS LEADER SHIPPING INCORPORATED",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
            """;
    private static final String PERSON = """
            29702,"LIFSHITS, Artem Mikhaylovich","individual","CYBER2] [ELECTION-EO13848","Deputy Director",-0- ,\
            -0- ,-0- ,-0- ,-0- ,-0- ,"DOB 26 Dec 1992; alt. DOB 1991; nationality Russia; Gender Male; Tax ID No. \
            771234567890 (Russia); a.k.a. 'ARTEM L'."
            """;
    private static final String COMPANY = """
            50544,"AUTONOMOUS NON-PROFIT ORGANIZATION DIALOG REGIONS",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,\
            -0- ,-0- ,-0- ,"Organization Established Date 21 Jul 2020; Tax ID No. 9709063550 (Russia); Business \
            Registration Number 1207700248030 (Russia); Legal Entity Number 5299007NTWCC3U23WM81 (Czech Republic); \
            Linked To: LIFSHITS, Artem Mikhaylovich; Linked To: NOBODY WE KNOW."
            12685,"GADDAFI FOUNDATION",-0- ,"LIBYA2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID \
            CH-660.0.699.004-7 (Switzerland); Government Gazette Number 1027700132195 (Russia)."
            """;

    private final CollectingRowSink sink = new CollectingRowSink();
    private final List<EntitiesFileRow> entities = sink.entities;
    private final List<RelationshipRow> relationships = sink.relationships;
    private final List<SanctionRow> sanctions = sink.sanctions;
    private final List<Reject> rejects = sink.rejects;
    private final List<String> warnings = sink.warnings;

    private void load(String sdn, String... others) {
        var texts = new HashMap<String, String>();
        texts.put("sdn.csv", sdn);
        for (int i = 0; i < others.length; i += 2) {
            texts.put(others[i], others[i + 1]);
        }
        new OfacSdnRecords(sink).load(Map.copyOf(texts));
    }

    private EntityRow entity(String id) {
        return entities.stream().map(EntityRow.class::cast).filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void individualsArePeopleAndEntitiesVesselsAndAircraftAreCompanies() {
        load(TANKER + PERSON + COMPANY);

        assertThat(rejects).isEmpty();
        assertThat(entity("ofac-sdn-29702").label()).isEqualTo("Person");
        assertThat(entity("ofac-sdn-50544").label()).isEqualTo("Company");
        var tanker = entity("ofac-sdn-47371");
        assertThat(tanker.label()).isEqualTo("Company");
        assertThat(tanker.registrationNumber()).isEqualTo("IMO 9339301");
        assertThat(tanker.country()).as("the flag, having no address").isEqualTo("GA");
        assertThat(warnings).contains("sdn.csv: 1 vessel entry was loaded as Company; ownerscope has no vessel label");
    }

    @Test
    void everyProgramIsAnOfacListingWithoutADate() {
        load(PERSON);

        assertThat(sanctions).map(SanctionRow::program).containsExactly("CYBER2", "ELECTION-EO13848");
        assertThat(sanctions).allSatisfy(s -> {
            assertThat(s.authority()).isEqualTo("OFAC");
            assertThat(s.entityId()).isEqualTo("ofac-sdn-29702");
            assertThat(s.listedOn()).isNull();
            assertThat(s.reason()).isEqualTo("Deputy Director");
        });
        assertThat(OfacSdnRecords.programs("[RUSSIA-EO14024] [UKRAINE-EO13662]"))
                .containsExactly("RUSSIA-EO14024", "UKRAINE-EO13662");
    }

    @Test
    void aPersonKeepsTheListedNameAndIsFoundInNaturalOrder() {
        load(PERSON, "alt.csv", """
                29702,101,"aka","LIFSHITS, Artem",-0-
                99999,102,"aka","NOT LISTED HERE",-0-
                """);

        var person = entity("ofac-sdn-29702");
        assertThat(person.name()).isEqualTo("LIFSHITS, Artem Mikhaylovich");
        assertThat(person.aliases()).containsExactly("Artem Mikhaylovich LIFSHITS", "LIFSHITS, Artem", "ARTEM L");
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1992, 12, 26));
        assertThat(person.nationality()).isEqualTo("RU");
        assertThat(person.inn()).isEqualTo("771234567890");
        assertThat(warnings).contains("alt.csv: 1 row name an ent_num that is not in sdn.csv and was skipped");
    }

    @Test
    void theFirstAddressGivesTheCountryAndTheRegisteredAddress() {
        load(COMPANY, "add.csv", """
                50544,1,-0- ,-0- ,-0- ,-0-
                50544,2,"Ul. Timura Frunze, D. 11","Moscow 119021","Russia",-0-
                50544,3,"Skorepka 1058/8","Prague 110 00","Czech Republic",-0-
                12685,4,-0- ,-0- ,"Atlantis",-0-
                """);

        var company = entity("ofac-sdn-50544");
        assertThat(company.country()).isEqualTo("RU");
        assertThat(company.address()).isEqualTo("Ul. Timura Frunze, D. 11, Moscow 119021, Russia");
        var gaddafi = entity("ofac-sdn-12685");
        assertThat(gaddafi.country()).isNull();
        assertThat(gaddafi.address()).as("a country alone is not an address").isNull();
        assertThat(warnings).contains("country names without an ISO code, left empty: Atlantis");
    }

    @Test
    void remarksGiveIdentifiersAndDates() {
        load(COMPANY);

        var dialog = entity("ofac-sdn-50544");
        assertThat(dialog.inn()).isEqualTo("9709063550");
        assertThat(dialog.ogrn()).isEqualTo("1207700248030");
        assertThat(dialog.lei()).isEqualTo("5299007NTWCC3U23WM81");
        assertThat(dialog.registrationNumber()).isNull();
        assertThat(dialog.incorporationDate()).isEqualTo(LocalDate.of(2020, 7, 21));
        var gaddafi = entity("ofac-sdn-12685");
        assertThat(gaddafi.registrationNumber()).isEqualTo("CH-660.0.699.004-7");
        assertThat(gaddafi.ogrn()).isEqualTo("1027700132195");
    }

    @Test
    void linkedToBecomesAnAssociateLinkToTheEntryWithThatName() {
        load(TANKER + PERSON + COMPANY);

        assertThat(relationships).map(r -> r.fromId() + "->" + r.toId() + " " + r.type() + " " + r.role())
                .containsExactlyInAnyOrder(
                        "ofac-sdn-47371->ofac-sdn-47372 ASSOCIATE_OF linked to (OFAC)",
                        "ofac-sdn-50544->ofac-sdn-29702 ASSOCIATE_OF linked to (OFAC)");
        assertThat(warnings).contains(
                "sdn.csv: 1 'Linked To' remark named no single other SDN entry and was not linked");
        assertThat(rejects).isEmpty();
    }

    @Test
    void commentsContinueTheRemarks() {
        load("""
                33151,"SUEX OTC, S.R.O.",-0- ,"CYBER2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Website suex.io; Legal Ent"
                """, "sdn_comments.csv", "33151,\"ity Number 5299007NTWCC3U23WM81 (Czech Republic).\"\r\n\u001a");

        assertThat(entity("ofac-sdn-33151").lei()).isEqualTo("5299007NTWCC3U23WM81");
        assertThat(rejects).isEmpty();
    }

    @Test
    void dashZeroDashIsEmpty() {
        load(TANKER);

        var company = entity("ofac-sdn-47372");
        assertThat(company.aliases()).isEmpty();
        assertThat(company.country()).isNull();
        assertThat(company.registrationNumber()).isNull();
        assertThat(sanctions).filteredOn(s -> s.entityId().equals("ofac-sdn-47372")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isNull());
    }

    @Test
    void aMalformedLineIsRejectedAndTheRestLoads() {
        load("""
                1,"TOO FEW",-0-
                X2,"NOT A NUMBER",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
                3,"UNCLOSED,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
                4,"FINE LTD.",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
                4,"DUPLICATE LTD.",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
                """);

        assertThat(rejects).map(Reject::toString).containsExactly(
                "sdn.csv:1: expected 12 cells, found 3",
                "sdn.csv:2: ent_num 'X2' is not a number",
                "sdn.csv:3: " + rejects.get(2).reason(),
                "sdn.csv:5: duplicate ent_num 4");
        assertThat(rejects.get(2).reason()).startsWith("not a CSV row");
        assertThat(entities).map(e -> ((EntityRow) e).name()).containsExactly("FINE LTD.");
    }

    @Test
    void windows1252IsReadWhenTheFileIsNotUtf8() {
        var bytes = "1,\"CAF\u00c9 S.A.\"".getBytes(StandardCharsets.ISO_8859_1);

        var text = OfacSdnReader.decode("sdn.csv", bytes, sink);

        assertThat(text).isEqualTo("1,\"CAF\u00c9 S.A.\"");
        assertThat(warnings).containsExactly("sdn.csv: is not valid UTF-8; read as windows-1252");
    }
}
