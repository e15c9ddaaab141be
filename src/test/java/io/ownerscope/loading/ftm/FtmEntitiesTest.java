package io.ownerscope.loading.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FtmEntitiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CollectingRowSink sink = new CollectingRowSink();
    private final List<EntitiesFileRow> entities = sink.entities;
    private final List<RelationshipRow> relationships = sink.relationships;
    private final List<SanctionRow> sanctions = sink.sanctions;
    private final List<Reject> rejects = sink.rejects;
    private final List<String> warnings = sink.warnings;

    private void load(String... lines) {
        var entities = new ArrayList<FtmEntities.Line>();
        for (int i = 0; i < lines.length; i++) {
            entities.add(new FtmEntities.Line(i + 1, JSON.readTree(lines[i])));
        }
        new FtmEntities("entities.ftm.jsonl", sink).load(entities);
    }

    private EntityRow entity(String id) {
        return entities.stream().map(EntityRow.class::cast).filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private RelationshipRow link(String id) {
        return relationships.stream().filter(r -> r.recordId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void schemataBecomeLabelsAndUnmappedOnesAreCountedNotRejected() {
        load("""
                {"id":"c1","schema":"Company","properties":{"name":["Orion LLC"]}}""", """
                {"id":"l1","schema":"LegalEntity","properties":{"name":["Kition Holdings"]}}""", """
                {"id":"o1","schema":"Organization","properties":{"name":["Union of Drone Makers"]}}""", """
                {"id":"b1","schema":"PublicBody","properties":{"name":["Ministry of Finance"]}}""", """
                {"id":"p1","schema":"Person","properties":{"name":["Ivan Ivanov"]}}""", """
                {"id":"v1","schema":"Vessel","properties":{"name":["NS Leader"]}}""", """
                {"id":"v2","schema":"Vessel","properties":{"name":["NS Champion"]}}""", """
                {"id":"x1","schema":"Passport","properties":{"holder":["p1"]}}""");

        assertThat(entities).map(e -> ((EntityRow) e).label())
                .containsExactly("Company", "Company", "Organization", "Organization", "Person");
        assertThat(rejects).isEmpty();
        assertThat(warnings).containsExactly(
                "entities.ftm.jsonl: 2 Vessel entities were skipped; ownerscope does not model that schema",
                "entities.ftm.jsonl: 1 Passport entity has no number; nothing was kept from it");
    }

    @Test
    void addressEntitiesBecomeAddressesLinkedFromTheirEntities() {
        load("""
                {"id":"c1","schema":"Company","properties":{"name":["LLC CST"],
                  "addressEntity":["addr-1","addr-1","addr-9"],"address":["130 Vorovskogo st., Izhevsk"]}}""", """
                {"id":"addr-1","schema":"Address","properties":{"full":["130 Vorovskogo st., Izhevsk, 426063"],
                  "country":["ru"]}}""", """
                {"id":"addr-2","schema":"Address","properties":{"street":["Abay Ave. 150"],"city":["Almaty"],
                  "country":["kz"]}}""", """
                {"id":"addr-3","schema":"Address","properties":{"country":["kz"]}}""", """
                {"id":"p1","schema":"Person","properties":{"name":["Ivan Ivanov"],"address":["Almaty, Kazakhstan"]}}""");

        var addresses = entities.stream().filter(AddressRow.class::isInstance).map(AddressRow.class::cast).toList();
        assertThat(addresses).extracting(AddressRow::id, AddressRow::full, AddressRow::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple("addr-1", "130 Vorovskogo st., Izhevsk, 426063", "RU"),
                org.assertj.core.groups.Tuple.tuple("addr-2", "Abay Ave. 150, Almaty", "KZ"));
        assertThat(relationships).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo(RelationshipType.REGISTERED_AT);
            assertThat(link.fromId()).isEqualTo("c1");
            assertThat(link.toId()).isEqualTo("addr-1");
        });
        assertThat(entity("c1").address()).as("the Address entity stands for the text").isNull();
        assertThat(entity("p1").address()).as("no Address entity: the text").isEqualTo("Almaty, Kazakhstan");
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("address addr-3 has no text"));
        assertThat(warnings).containsExactly("entities.ftm.jsonl: 1 addressEntity reference names an Address that "
                + "is not in this file; not linked");
    }

    @Test
    void identificationAndPassportNumbersAreKeptOnTheirHolder() {
        load("""
                {"id":"id-1","schema":"Identification","properties":{"holder":["c1"],"type":["INN"],
                  "number":["1841015504"],"country":["ru"]}}""", """
                {"id":"id-2","schema":"Identification","properties":{"holder":["c1"],"type":["OGRN"],
                  "number":["1101841008705"]}}""", """
                {"id":"id-3","schema":"Identification","properties":{"holder":["c2"],"type":["BIN"],
                  "number":["123456789012"],"country":["kz"]}}""", """
                {"id":"id-4","schema":"Identification","properties":{"holder":["c2"],"type":["LEI"],
                  "number":["253400JT3MQWNDKMJE44"]}}""", """
                {"id":"id-5","schema":"Identification","properties":{"holder":["c2"],
                  "type":["Commercial register"],"number":["HRB 1234"]}}""", """
                {"id":"pass-1","schema":"Passport","properties":{"holder":["p1"],"number":["96 03 464086"],
                  "country":["ru"]}}""", """
                {"id":"pass-2","schema":"Passport","properties":{"holder":["p9"],"number":["1"]}}""", """
                {"id":"c1","schema":"Company","properties":{"name":["LLC CST"],"innCode":["1841015504"]}}""", """
                {"id":"c2","schema":"Company","properties":{"name":["Kazakh Trade LLP"]}}""", """
                {"id":"p1","schema":"Person","properties":{"name":["Doku Umarov"]}}""", """
                {"id":"p2","schema":"Person","properties":{"name":["Ivan Ivanov"],"passportNumber":["7501"]}}""");

        assertThat(entity("c1")).extracting(EntityRow::inn, EntityRow::ogrn)
                .containsExactly("1841015504", "1101841008705");
        assertThat(entity("c2")).extracting(EntityRow::bin, EntityRow::lei, EntityRow::registrationNumber)
                .containsExactly("123456789012", "253400JT3MQWNDKMJE44", "HRB 1234");
        assertThat(entity("p1").registrationNumber()).isEqualTo("96 03 464086");
        assertThat(entity("p2").registrationNumber()).isEqualTo("7501");
        assertThat(warnings).containsExactly("entities.ftm.jsonl: 1 identity document names a holder not loaded "
                + "from this file; its number was not kept");
    }

    @Test
    void deltaLinesAddModifyAndDeleteAndTheLastLineForAnIdWins() {
        var changes = FtmReader.parseLines("d.json", """
                {"op":"ADD","entity":{"id":"c1","schema":"Company","properties":{"name":["Orion"]}}}
                {"op":"ADD","entity":{"id":"c2","schema":"Company","properties":{"name":["Vega"]}}}
                {"op":"MOD","entity":{"id":"c1","schema":"Company","properties":{"name":["Orion LLC"]}}}
                {"op":"DEL","entity":{"id":"c2"}}
                {"op":"DEL","entity":{"id":"c3"}}
                {"op":"RENAME","entity":{"id":"c4"}}
                {"op":"DEL","entity":{}}
                """, sink);

        assertThat(changes.delta()).isTrue();
        assertThat(changes.upserts()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(3);
            assertThat(line.entity().path("properties").path("name").get(0).asString()).isEqualTo("Orion LLC");
        });
        assertThat(changes.deleted()).containsExactly("c2", "c3");
        assertThat(rejects).map(Reject::line).containsExactly(6L, 7L);
        assertThat(rejects.getFirst().reason()).startsWith("unknown delta op");
        assertThat(FtmReader.parseLines("e.jsonl", """
                {"id":"c1","schema":"Company","properties":{"name":["Orion"]}}""", sink).delta()).isFalse();
    }

    @Test
    void theNameIsTheFirstLatinOneAndEveryOtherNameIsAnAlias() {
        load("""
                {"id":"c1","schema":"Company","properties":{
                  "name":["Общество с ограниченной ответственностью \\"ЦСТ\\"","LLC CST","ЦСТ"],
                  "alias":["Zala Aero","LLC CST"],"previousName":["ТССТ"],"weakAlias":["ZALA"]}}""", """
                {"id":"c2","schema":"Company","properties":{"name":["ООО Орион"],"alias":["Orion"]}}""");

        var cst = entity("c1");
        assertThat(cst.name()).isEqualTo("LLC CST");
        assertThat(cst.aliases()).containsExactly("Общество с ограниченной ответственностью \"ЦСТ\"", "ЦСТ",
                "Zala Aero", "ТССТ", "ZALA");
        assertThat(entity("c2").name()).as("no Latin name: the first one").isEqualTo("ООО Орион");
    }

    @Test
    void anEntityWithAnEmptyNameIsNamedByItsCaption() {
        load("""
                {"id":"o1","caption":"AL-QAIDA IN IRAQ","schema":"Organization","properties":{"name":[""],
                  "alias":["AQI"]}}""", """
                {"id":"o2","schema":"Organization","properties":{"name":[""],"alias":["AQI"]}}""");

        assertThat(entity("o1").name()).isEqualTo("AL-QAIDA IN IRAQ");
        assertThat(entity("o1").aliases()).containsExactly("AQI");
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("organization o2 has no name"));
    }

    @Test
    void identifiersCountriesAndFullDatesAreKept() {
        load("""
                {"id":"c1","schema":"Company","properties":{"name":["LLC CST"],"jurisdiction":["ru"],
                  "innCode":["1841015504"],"ogrnCode":["1101841008705"],"leiCode":["253400JT3MQWNDKMJE44"],
                  "registrationNumber":["12345"],"incorporationDate":["2010-12-24"],"dissolutionDate":["2024"],
                  "sourceUrl":["https://example.org/cst","https://example.org/other"]}}""", """
                {"id":"p1","schema":"Person","properties":{"name":["A. V. Zakharov"],"nationality":["ru"],
                  "birthDate":["1965-09"]}}""", """
                {"id":"p2","schema":"Person","properties":{"name":["S. N. Zakharova"],"country":["xx","gb"],
                  "birthDate":["1964-03-18"]}}""");

        var cst = entity("c1");
        assertThat(cst.country()).isEqualTo("RU");
        assertThat(cst.inn()).isEqualTo("1841015504");
        assertThat(cst.ogrn()).isEqualTo("1101841008705");
        assertThat(cst.lei()).isEqualTo("253400JT3MQWNDKMJE44");
        assertThat(cst.registrationNumber()).isEqualTo("12345");
        assertThat(cst.incorporationDate()).isEqualTo(LocalDate.of(2010, 12, 24));
        assertThat(cst.dissolutionDate()).as("a year alone is not a date").isNull();
        assertThat(cst.sourceUrl()).isEqualTo("https://example.org/cst");
        var zakharov = entity("p1");
        assertThat(zakharov.country()).isEqualTo("RU");
        assertThat(zakharov.nationality()).isEqualTo("RU");
        assertThat(zakharov.birthDate()).as("a month alone is not a date").isNull();
        assertThat(entity("p2").country()).as("not an ISO code").isNull();
        assertThat(entity("p2").birthDate()).isEqualTo(LocalDate.of(1964, 3, 18));
    }

    @Test
    void percentagesAreExactRangesOrNothing() {
        assertThat(FtmEntities.share("51")).isEqualTo(new FtmEntities.Share(51.0, null, null));
        assertThat(FtmEntities.share("51%")).isEqualTo(new FtmEntities.Share(51.0, null, null));
        assertThat(FtmEntities.share("51.0")).isEqualTo(new FtmEntities.Share(51.0, null, null));
        assertThat(FtmEntities.share("25-50%")).isEqualTo(new FtmEntities.Share(null, 25.0, 50.0));
        assertThat(FtmEntities.share("25 – 50 %")).isEqualTo(new FtmEntities.Share(null, 25.0, 50.0));
        assertThat(FtmEntities.share("garbage")).isNull();
        assertThat(FtmEntities.share(null)).isNull();
    }

    @Test
    void ownershipsBecomeShareholdingsWithTheirSharesAndDates() {
        load("""
                {"id":"own-1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["51"],
                  "startDate":["2015-11-25"]}}""", """
                {"id":"own-2","schema":"Ownership","properties":{"owner":["c2"],"asset":["c1"],
                  "percentage":["25-50%"],"startDate":["2016"],"endDate":["2023-12-21"]}}""", """
                {"id":"own-3","schema":"Ownership","properties":{"owner":["c3"],"asset":["c1"],
                  "percentage":["garbage"]}}""");

        var current = link("own-1");
        assertThat(current.type()).isEqualTo(RelationshipType.OWNS);
        assertThat(current.fromId()).isEqualTo("p1");
        assertThat(current.toId()).isEqualTo("c1");
        assertThat(current.share()).isEqualTo(51.0);
        assertThat(current.interestType()).isEqualTo("shareholding");
        assertThat(current.startDate()).isEqualTo(LocalDate.of(2015, 11, 25));
        var range = link("own-2");
        assertThat(range.share()).isNull();
        assertThat(range.shareMin()).isEqualTo(25.0);
        assertThat(range.shareMax()).isEqualTo(50.0);
        assertThat(range.startDate()).isNull();
        assertThat(range.endDate()).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(relationships).noneMatch(link -> link.recordId().equals("own-3"));
        assertThat(rejects).singleElement().asString().contains("own-3", "'garbage'", "not a number or range");
    }

    @Test
    void familyDirectorshipAssociateAndOtherLinks() {
        load("""
                {"id":"fam-1","schema":"Family","properties":{"person":["p2"],"relative":["p1"],
                  "relationship":["Family member of"]}}""", """
                {"id":"dir-1","schema":"Directorship","properties":{"director":["p1"],"organization":["c1"],
                  "role":["General director"],"startDate":["2017-10-23"]}}""", """
                {"id":"as-1","schema":"Associate","properties":{"person":["p1"],"associate":["p3"]}}""", """
                {"id":"rep-1","schema":"Representation","properties":{"agent":["p3"],"client":["c1"]}}""", """
                {"id":"unk-1","schema":"UnknownLink","properties":{"subject":["c1"],"object":["c2"]}}""", """
                {"id":"fam-2","schema":"Family","properties":{"person":["p2"]}}""");

        assertThat(link("fam-1")).extracting(RelationshipRow::type, RelationshipRow::fromId, RelationshipRow::toId,
                RelationshipRow::role).containsExactly(RelationshipType.FAMILY_OF, "p2", "p1", "Family member of");
        assertThat(link("dir-1")).extracting(RelationshipRow::type, RelationshipRow::fromId, RelationshipRow::toId,
                RelationshipRow::role, RelationshipRow::startDate).containsExactly(RelationshipType.DIRECTOR_OF,
                "p1", "c1", "General director", LocalDate.of(2017, 10, 23));
        assertThat(link("as-1").type()).isEqualTo(RelationshipType.ASSOCIATE_OF);
        assertThat(link("rep-1")).extracting(RelationshipRow::type, RelationshipRow::role)
                .containsExactly(RelationshipType.ASSOCIATE_OF, "Representation");
        assertThat(link("unk-1")).extracting(RelationshipRow::type, RelationshipRow::role)
                .containsExactly(RelationshipType.ASSOCIATE_OF, "UnknownLink");
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(6);
            assertThat(reject.reason()).isEqualTo("fam-2 has no relative");
        });
    }

    @Test
    void sanctionsGetAShortAuthorityCodeAProgramAndDates() {
        load("""
                {"id":"s1","schema":"Sanction","properties":{"entity":["c1"],
                  "authority":["Office of Foreign Assets Control"],"program":["RUSSIA-EO14024"],
                  "programId":["US-RUSHAR"],"listingDate":["2023-02-24"],"reason":["drones"],
                  "sourceUrl":["https://example.org/s1"]}}""", """
                {"id":"s2","schema":"Sanction","properties":{"entity":["c1"],
                  "authority":["Foreign, Commonwealth & Development Office","UK"],"programId":["GB-RUS"],
                  "startDate":["2023-12-18","2023-02-08"],"endDate":["2033-02-08"]}}""", """
                {"id":"s3","schema":"Sanction","properties":{"entity":["p1"],
                  "authority":["National Security and Defense Council"],"startDate":["2021"]}}""", """
                {"id":"s4","schema":"Sanction","properties":{"entity":["p1"]}}""");

        assertThat(rejects).isEmpty();
        assertThat(sanctions).hasSize(4);
        var ofac = sanctions.get(0);
        assertThat(ofac).extracting(SanctionRow::entityId, SanctionRow::authority, SanctionRow::program,
                SanctionRow::listedOn, SanctionRow::reason, SanctionRow::sourceUrl).containsExactly("c1", "OFAC",
                "RUSSIA-EO14024", LocalDate.of(2023, 2, 24), "drones", "https://example.org/s1");
        assertThat(sanctions.get(1)).extracting(SanctionRow::authority, SanctionRow::program,
                SanctionRow::listedOn, SanctionRow::delistedOn)
                .containsExactly("UK", "GB-RUS", LocalDate.of(2023, 2, 8), LocalDate.of(2033, 2, 8));
        assertThat(sanctions.get(2)).extracting(SanctionRow::authority, SanctionRow::program, SanctionRow::listedOn)
                .containsExactly("National Security and Defense Council", "National Security and Defense Council",
                        null);
        assertThat(sanctions.get(3)).extracting(SanctionRow::authority, SanctionRow::program)
                .containsExactly("unspecified", "unspecified");
    }

    @Test
    void authorityTextMapsToShortCodesWhereObvious() {
        assertThat(FtmEntities.authority(List.of("OFAC"))).isEqualTo("OFAC");
        assertThat(FtmEntities.authority(List.of("U.S. Department of the Treasury"))).isEqualTo("OFAC");
        assertThat(FtmEntities.authority(List.of("HM Treasury"))).isEqualTo("UK");
        assertThat(FtmEntities.authority(List.of("Office of Financial Sanctions Implementation (OFSI)")))
                .isEqualTo("UK");
        assertThat(FtmEntities.authority(List.of("Council of the European Union"))).isEqualTo("EU");
        assertThat(FtmEntities.authority(List.of("United Nations Security Council"))).isEqualTo("UN");
        assertThat(FtmEntities.authority(List.of("Direction Générale du Trésor")))
                .isEqualTo("Direction Générale du Trésor");
    }

    @Test
    void entitiesComeBeforeLinksAndSanctionsWhateverTheFileOrder() {
        var recording = new CollectingRowSink();
        new FtmEntities("f", recording).load(List.of(
                new FtmEntities.Line(1, JSON.readTree("""
                        {"id":"s1","schema":"Sanction","properties":{"entity":["c1"]}}""")),
                new FtmEntities.Line(2, JSON.readTree("""
                        {"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"]}}""")),
                new FtmEntities.Line(3, JSON.readTree("""
                        {"id":"c1","schema":"Company","properties":{"name":["Orion"]}}"""))));

        assertThat(recording.order).containsExactly("entities", "relationships", "sanctions");
    }

    @Test
    void theCaptionIsTheNameShownAndTheOtherNamesAreAliases() {
        load("""
                {"id":"k1","schema":"Company","caption":"Kalashnikov Concern","properties":{"name":["JSC NPO IZHMASH",
                  "Kalashnikov Concern","AO Kontsern Kalashnikov"]}}""");

        assertThat(entity("k1").name()).isEqualTo("Kalashnikov Concern");
        assertThat(entity("k1").aliases()).containsExactly("JSC NPO IZHMASH", "AO Kontsern Kalashnikov");
    }

    @Test
    void withoutACaptionTheNameClosestToTheOthersIsShown() {
        assertThat(FtmEntities.representative(List.of("JSC NPO IZHMASH", "Kalashnikov Concern JSC",
                "JSC Kalashnikov Concern", "Concern Kalashnikov"))).isEqualTo("JSC Kalashnikov Concern");
        assertThat(FtmEntities.representative(List.of("Концерн Калашников", "Kalashnikov Concern")))
                .isEqualTo("Kalashnikov Concern");
    }
}
