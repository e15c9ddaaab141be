package io.ownerscope.loading.gleif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;

class GleifLoadersTest {

    private final CollectingRowSink sink = new CollectingRowSink();
    private final List<EntitiesFileRow> entities = sink.entities;
    private final List<RelationshipRow> relationships = sink.relationships;
    private final List<Reject> rejects = sink.rejects;
    private final List<String> warnings = sink.warnings;

    private static byte[] lei(String records) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016">
                <lei:LEIRecords>
                """ + records + """
                </lei:LEIRecords>
                </lei:LEIData>
                """).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rr(String records) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rr:RelationshipData xmlns:rr="http://www.gleif.org/data/schema/rr/2016">
                <rr:RelationshipRecords>
                """ + records + """
                </rr:RelationshipRecords>
                </rr:RelationshipData>
                """).getBytes(StandardCharsets.UTF_8);
    }

    private static String relationship(String type, String status, String periods) {
        return """
                <rr:RelationshipRecord>
                  <rr:Relationship>
                    <rr:StartNode><rr:NodeID>CHILD0000000000000001</rr:NodeID>
                      <rr:NodeIDType>LEI</rr:NodeIDType>
                    </rr:StartNode>
                    <rr:EndNode><rr:NodeID>PARENT000000000000001</rr:NodeID>
                      <rr:NodeIDType>LEI</rr:NodeIDType>
                    </rr:EndNode>
                    <rr:RelationshipType>%s</rr:RelationshipType>
                    <rr:RelationshipPeriods>%s</rr:RelationshipPeriods>
                    <rr:RelationshipStatus>%s</rr:RelationshipStatus>
                  </rr:Relationship>
                </rr:RelationshipRecord>
                """.formatted(type, periods, status);
    }

    private static final String MONOOVA_PERIODS = """
            <rr:RelationshipPeriod>
              <rr:StartDate>2019-06-30T00:00:00+00:00</rr:StartDate><rr:EndDate>2020-06-30T00:00:00+00:00</rr:EndDate>
              <rr:PeriodType>ACCOUNTING_PERIOD</rr:PeriodType>
            </rr:RelationshipPeriod>
            <rr:RelationshipPeriod>
              <rr:StartDate>2018-06-30T00:00:00+00:00</rr:StartDate><rr:PeriodType>RELATIONSHIP_PERIOD</rr:PeriodType>
            </rr:RelationshipPeriod>""";

    @Test
    void aLeiRecordBecomesACompanyWithItsNamesJurisdictionAddressAndDates() {
        GleifLeiReader.read("lei.xml", lei("""
                <lei:LEIRecord>
                  <lei:LEI>98450051BS9C610A8T78</lei:LEI>
                  <lei:Entity>
                    <lei:LegalName xml:lang="en">MONOOVA FX PTY LTD</lei:LegalName>
                    <lei:OtherEntityNames>
                      <lei:OtherEntityName type="PREVIOUS_LEGAL_NAME">MONEYTECH FX PTY LTD</lei:OtherEntityName>
                    </lei:OtherEntityNames>
                    <lei:TransliteratedOtherEntityNames>
                      <lei:TransliteratedOtherEntityName>MONOOVA FX PTY LTD</lei:TransliteratedOtherEntityName>
                      <lei:TransliteratedOtherEntityName>MONOOVA FX PROPRIETARY LIMITED
                      </lei:TransliteratedOtherEntityName>
                    </lei:TransliteratedOtherEntityNames>
                    <lei:LegalAddress>
                      <lei:FirstAddressLine>Level 7, 1 Macquarie Place</lei:FirstAddressLine>
                      <lei:City>Sydney</lei:City>
                      <lei:Region>AU-NSW</lei:Region>
                      <lei:Country>AU</lei:Country>
                      <lei:PostalCode>2000</lei:PostalCode>
                    </lei:LegalAddress>
                    <lei:RegistrationAuthority>
                      <lei:RegistrationAuthorityID>RA000014</lei:RegistrationAuthorityID>
                      <lei:RegistrationAuthorityEntityID>156409839</lei:RegistrationAuthorityEntityID>
                    </lei:RegistrationAuthority>
                    <lei:LegalJurisdiction>AU</lei:LegalJurisdiction>
                    <lei:EntityCategory>GENERAL</lei:EntityCategory>
                    <lei:EntityStatus>ACTIVE</lei:EntityStatus>
                    <lei:EntityCreationDate>2011-12-21T00:00:00+11:00</lei:EntityCreationDate>
                  </lei:Entity>
                </lei:LEIRecord>
                """), sink);

        assertThat(rejects).isEmpty();
        var row = (EntityRow) entities.getFirst();
        assertThat(row.id()).isEqualTo("98450051BS9C610A8T78");
        assertThat(row.lei()).isEqualTo("98450051BS9C610A8T78");
        assertThat(row.label()).isEqualTo("Company");
        assertThat(row.name()).isEqualTo("MONOOVA FX PTY LTD");
        assertThat(row.aliases()).containsExactly("MONEYTECH FX PTY LTD", "MONOOVA FX PROPRIETARY LIMITED");
        assertThat(row.country()).isEqualTo("AU");
        assertThat(row.registrationNumber()).isEqualTo("156409839");
        assertThat(row.incorporationDate()).isEqualTo(LocalDate.of(2011, 12, 21));
        assertThat(row.dissolutionDate()).isNull();
        assertThat(row.address()).isEqualTo("Level 7, 1 Macquarie Place, Sydney, 2000, AU");
        assertThat(row.sourceUrl()).isEqualTo("https://search.gleif.org/#/record/98450051BS9C610A8T78");
        assertThat(row.line()).isEqualTo(4);
    }

    @Test
    void aSubdivisionJurisdictionGivesItsCountryAndAnInactiveEntityItsDissolution() {
        GleifLeiReader.read("lei.xml", lei("""
                <lei:LEIRecord>
                  <lei:LEI>00TR8NKAEL48RGTZEW89</lei:LEI>
                  <lei:Entity>
                    <lei:LegalName>ESG DOMESTIC OPPORTUNITY OFFSHORE FUND LTD.</lei:LegalName>
                    <lei:LegalAddress><lei:City>Camana Bay</lei:City><lei:Country>KY</lei:Country></lei:LegalAddress>
                    <lei:LegalJurisdiction>US-DE</lei:LegalJurisdiction>
                    <lei:EntityStatus>INACTIVE</lei:EntityStatus>
                    <lei:LegalEntityEvents>
                      <lei:LegalEntityEvent>
                        <lei:LegalEntityEventType>DISSOLUTION</lei:LegalEntityEventType>
                        <lei:LegalEntityEventEffectiveDate>2018-11-09T00:00:00.000Z</lei:LegalEntityEventEffectiveDate>
                      </lei:LegalEntityEvent>
                    </lei:LegalEntityEvents>
                  </lei:Entity>
                </lei:LEIRecord>
                <lei:LEIRecord>
                  <lei:LEI>5493000IBP32UQZ0KL24</lei:LEI>
                  <lei:Entity>
                    <lei:LegalName>Some Ministry</lei:LegalName>
                    <lei:LegalAddress><lei:City>Vaduz</lei:City><lei:Country>LI</lei:Country></lei:LegalAddress>
                    <lei:LegalJurisdiction>XX</lei:LegalJurisdiction>
                    <lei:EntityCategory>RESIDENT_GOVERNMENT_ENTITY</lei:EntityCategory>
                  </lei:Entity>
                </lei:LEIRecord>
                """), sink);

        var fund = (EntityRow) entities.getFirst();
        assertThat(fund.country()).isEqualTo("US");
        assertThat(fund.dissolutionDate()).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(fund.address()).isEqualTo("Camana Bay, KY");
        var ministry = (EntityRow) entities.get(1);
        assertThat(ministry.label()).isEqualTo("Organization");
        assertThat(ministry.country()).as("the legal address country when the jurisdiction is not ISO").isEqualTo("LI");
    }

    @Test
    void aRecordWithoutALeiIsRejectedWithItsLine() {
        GleifLeiReader.read("lei.xml", lei("""
                <lei:LEIRecord>
                  <lei:Entity><lei:LegalName>Nameless Ltd</lei:LegalName></lei:Entity>
                </lei:LEIRecord>
                """), sink);

        assertThat(entities).isEmpty();
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(4);
            assertThat(reject.reason()).isEqualTo("LEI record without a LEI");
        });
    }

    @Test
    void consolidationIsControlFromTheParentToTheChildWithoutAShare() {
        GleifRrReader.read("rr.xml", rr(relationship("IS_DIRECTLY_CONSOLIDATED_BY", "ACTIVE", MONOOVA_PERIODS)
                + relationship("IS_ULTIMATELY_CONSOLIDATED_BY", "ACTIVE", MONOOVA_PERIODS)), sink);

        assertThat(rejects).isEmpty();
        assertThat(relationships).hasSize(2);
        var direct = relationships.getFirst();
        assertThat(direct.fromId()).isEqualTo("PARENT000000000000001");
        assertThat(direct.toId()).isEqualTo("CHILD0000000000000001");
        assertThat(direct.type()).isEqualTo(RelationshipType.CONTROLS);
        assertThat(direct.share()).isNull();
        assertThat(direct.shareMin()).isNull();
        assertThat(direct.interestType()).isEqualTo("otherInfluenceOrControl");
        assertThat(direct.role()).isEqualTo("directly consolidated (GLEIF)");
        assertThat(direct.recordId())
                .isEqualTo("gleif-rr:CHILD0000000000000001:PARENT000000000000001:IS_DIRECTLY_CONSOLIDATED_BY");
        assertThat(direct.startDate()).as("the relationship period, not the accounting period")
                .isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(direct.endDate()).as("an accounting period ending does not end the relationship").isNull();
        assertThat(relationships.get(1).role()).isEqualTo("ultimately consolidated (GLEIF)");
    }

    @Test
    void theAccountingPeriodStartStandsInForAMissingRelationshipPeriod() {
        GleifRrReader.read("rr.xml", rr(relationship("IS_DIRECTLY_CONSOLIDATED_BY", "ACTIVE", """
                <rr:RelationshipPeriod>
                  <rr:StartDate>2019-06-30T00:00:00+00:00</rr:StartDate><rr:EndDate>2020-06-30</rr:EndDate>
                  <rr:PeriodType>ACCOUNTING_PERIOD</rr:PeriodType>
                </rr:RelationshipPeriod>""")), sink);

        assertThat(relationships.getFirst().startDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(relationships.getFirst().endDate()).isNull();
    }

    @Test
    void anInactiveRelationshipEndsOnItsEndDateOrIsSkipped() {
        GleifRrReader.read("rr.xml", rr(relationship("IS_DIRECTLY_CONSOLIDATED_BY", "INACTIVE", """
                <rr:RelationshipPeriod>
                  <rr:StartDate>2015-01-01T00:00:00Z</rr:StartDate><rr:EndDate>2021-03-31T00:00:00Z</rr:EndDate>
                  <rr:PeriodType>RELATIONSHIP_PERIOD</rr:PeriodType>
                </rr:RelationshipPeriod>""")
                + relationship("IS_ULTIMATELY_CONSOLIDATED_BY", "INACTIVE", "")), sink);

        assertThat(relationships).singleElement().satisfies(link -> {
            assertThat(link.startDate()).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(link.endDate()).isEqualTo(LocalDate.of(2021, 3, 31));
        });
        assertThat(warnings).containsExactly("rr.xml: 1 inactive relationship(s) without an end date skipped");
    }

    @Test
    void branchesAndFundRelationshipsAreCountedAndSkipped() {
        GleifRrReader.read("rr.xml", rr(relationship("IS_INTERNATIONAL_BRANCH_OF", "ACTIVE", "")
                + relationship("IS_FUND-MANAGED_BY", "ACTIVE", "")
                + relationship("IS_FUND-MANAGED_BY", "ACTIVE", "")), sink);

        assertThat(relationships).isEmpty();
        assertThat(rejects).isEmpty();
        assertThat(warnings).containsExactly(
                "rr.xml: 2 IS_FUND-MANAGED_BY relationship(s) skipped; ownerscope models accounting consolidation only",
                "rr.xml: 1 IS_INTERNATIONAL_BRANCH_OF relationship(s) skipped; ownerscope models accounting "
                        + "consolidation only");
    }

    @Test
    void aTruncatedFileStopsTheLoadWithItsLine() {
        var truncated = "<?xml version=\"1.0\"?>\n<lei:LEIData xmlns:lei=\"x\">\n<lei:LEIRecords>\n<lei:LEIRecord>\n"
                + "<lei:LEI>98450051BS9C610A8T78</lei:LEI>\n<lei:Entity><lei:LegalNa";

        assertThatThrownBy(() -> GleifLeiReader.read("lei.xml", truncated.getBytes(StandardCharsets.UTF_8), sink))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("lei.xml: is not well-formed XML at line 6")
                .hasMessageEndingWith("; is the file complete?");
    }

    @Test
    void malformedXmlStopsTheLoadWithItsLineAndColumn() {
        var malformed = "<?xml version=\"1.0\"?>\n<rr:RelationshipData xmlns:rr=\"x\">\n"
                + "<rr:RelationshipRecord></rr:Relationship>\n</rr:RelationshipData>\n";

        assertThatThrownBy(() -> GleifRrReader.read("rr.xml", malformed.getBytes(StandardCharsets.UTF_8), sink))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("rr.xml: is not well-formed XML at line 3, column");
    }

    @Test
    void aDoctypeIsRefused() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <LEIData><LEIRecord><LEI>&secret;</LEI></LEIRecord></LEIData>
                """;

        assertThatThrownBy(() -> GleifLeiReader.read("lei.xml", xxe.getBytes(StandardCharsets.UTF_8), sink))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("lei.xml: is not well-formed XML");
        assertThat(entities).isEmpty();
    }

    @Test
    void reportingExceptionsAreSummarisedAsWarnings() {
        var repex = """
                <repex:ReportingExceptionData xmlns:repex="http://www.gleif.org/data/schema/repex/2016">
                <repex:ReportingExceptions>
                <repex:Exception>
                  <repex:LEI>A</repex:LEI>
                  <repex:ExceptionCategory>DIRECT_ACCOUNTING_CONSOLIDATION_PARENT</repex:ExceptionCategory>
                  <repex:ExceptionReason>NATURAL_PERSONS</repex:ExceptionReason>
                </repex:Exception>
                <repex:Exception>
                  <repex:LEI>B</repex:LEI>
                  <repex:ExceptionCategory>DIRECT_ACCOUNTING_CONSOLIDATION_PARENT</repex:ExceptionCategory>
                  <repex:ExceptionReason>NATURAL_PERSONS</repex:ExceptionReason>
                </repex:Exception>
                </repex:ReportingExceptions>
                </repex:ReportingExceptionData>
                """;

        GleifRepexReader.read("repex.xml", repex.getBytes(StandardCharsets.UTF_8), sink);

        assertThat(warnings).containsExactly("repex.xml: 2 reporting exception(s) "
                + "DIRECT_ACCOUNTING_CONSOLIDATION_PARENT NATURAL_PERSONS; not loaded, "
                + "ownerscope records no link for them");
        assertThat(entities).isEmpty();
    }
}
