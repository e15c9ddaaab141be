package io.ownerscope.loading.bods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.testing.CollectingRowSink;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BodsStatementsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CollectingRowSink sink = new CollectingRowSink();
    private final List<EntitiesFileRow> entities = sink.entities;
    private final List<RelationshipRow> relationships = sink.relationships;
    private final List<Reject> rejects = sink.rejects;
    private final List<String> warnings = sink.warnings;

    private void load(String json) {
        var statements = new ArrayList<JsonNode>();
        JSON.readTree(json).forEach(statements::add);
        new BodsStatements("package.json", sink).load(statements);
    }

    @Test
    void statementsOfVersion04BecomeEntitiesAndLinks() {
        load("""
                [
                 {"recordId": "co", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"},
                   "name": "Gasgrid Finland Oy", "jurisdiction": {"code": "FI"}, "foundingDate": "2020-01-01",
                   "identifiers": [{"id": "3007894-1", "scheme": "FI-PRO"}, {"id": "743700ABC", "scheme": "XI-LEI"}]}},
                 {"recordId": "state", "recordType": "entity", "recordDetails": {"entityType": {"type": "state"},
                   "name": "Suomen tasavalta", "alternateNames": ["Republic of Finland"]}},
                 {"recordId": "p1", "recordType": "person", "recordDetails": {"names": [{"fullName": "Anna Virtanen"},
                   {"fullName": "Anna V."}], "nationalities": [{"code": "FI"}], "birthDate": "1970-01-01"}},
                 {"recordId": "r1", "recordType": "relationship", "recordDetails": {"subject": "co",
                   "interestedParty": "p1", "interests": [
                     {"type": "shareholding", "directOrIndirect": "direct", "share": {"minimum": 25, "maximum": 50},
                      "startDate": "2021-01-01"},
                     {"type": "appointmentOfBoard", "directOrIndirect": "direct"},
                     {"type": "shareholding", "directOrIndirect": "indirect", "share": {"exact": 100}}]}}
                ]""");

        assertThat(rejects).isEmpty();
        assertThat(entities).hasSize(3);
        var company = (EntityRow) entities.getFirst();
        assertThat(company.label()).isEqualTo("Company");
        assertThat(company.registrationNumber()).isEqualTo("3007894-1");
        assertThat(company.lei()).isEqualTo("743700ABC");
        assertThat(company.country()).isEqualTo("FI");
        assertThat(((EntityRow) entities.get(1)).label()).isEqualTo("Organization");
        assertThat(((EntityRow) entities.get(1)).aliases()).containsExactly("Republic of Finland");
        var person = (EntityRow) entities.get(2);
        assertThat(person.label()).isEqualTo("Person");
        assertThat(person.aliases()).containsExactly("Anna V.");
        assertThat(relationships).extracting(r -> r.type() + ":" + r.fromId() + ">" + r.toId() + ":" + r.shareMin()
                + "-" + r.shareMax()).containsExactly("OWNS:p1>co:25.0-50.0", "CONTROLS:p1>co:null-null");
        assertThat(relationships.getFirst().recordId()).isEqualTo("r1#1");
        assertThat(warnings).singleElement().asString().contains("1 interest(s) declared as indirect");
    }

    @Test
    void statementsOfVersion02AreReadToo() {
        load("""
                [
                 {"statementID": "e1", "statementType": "entityStatement", "entityType": "registeredEntity",
                  "name": "Old Ltd", "incorporatedInJurisdiction": {"code": "GB"}},
                 {"statementID": "p1", "statementType": "personStatement", "names": [{"fullName": "Bob Smith"}]},
                 {"statementID": "o1", "statementType": "ownershipOrControlStatement",
                  "subject": {"describedByEntityStatement": "e1"},
                  "interestedParty": {"describedByPersonStatement": "p1"},
                  "interests": [{"type": "shareholding", "share": {"exact": 60}}]}
                ]""");

        assertThat(rejects).isEmpty();
        assertThat(relationships).singleElement().satisfies(r -> {
            assertThat(r.fromId()).isEqualTo("p1");
            assertThat(r.toId()).isEqualTo("e1");
            assertThat(r.share()).isEqualTo(60.0);
        });
    }

    @Test
    void badStatementsAreRejectedAndUnspecifiedPartiesReported() {
        load("""
                [
                 {"recordId": "x", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"}}},
                 {"recordId": "r", "recordType": "relationship", "recordDetails": {"subject": "a",
                   "interestedParty": "b", "interests": [{"type": "shareholding", "share": {"exact": 140}}]}},
                 {"recordId": "u", "recordType": "relationship", "recordDetails": {"subject": "a",
                   "interestedParty": {"reason": "subjectUnableToConfirmOrIdentifyBeneficialOwner"}}},
                 {"recordId": "w", "recordType": "widget"}
                ]""");

        assertThat(rejects).extracting(Reject::toString).containsExactly(
                "package.json:1: entity statement x has no name",
                "package.json:2: share 140.0 is outside 0–100",
                "package.json:4: unknown statement type 'widget'; expected an entity, person or relationship statement");
        assertThat(warnings).singleElement().asString().contains("unknown or unspecified interested party");
    }
}
