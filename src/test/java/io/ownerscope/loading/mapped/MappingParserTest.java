package io.ownerscope.loading.mapped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MappingParserTest {

    private static final String COMPANY = """
            entities:
              company:
                schema: Company
                keys: [id]
                properties:
                  name: {column: name}
            """;

    @Test
    void theShippedKazakhRegistryMappingReadsAsFollowTheMoneyUsersWouldExpect() {
        var mapping = MappingParser.read(Path.of("data-loaders/mappings/kz-registry.yml"));

        assertThat(mapping.file()).isEqualTo("kz-registry.yml");
        assertThat(mapping.csv()).isEqualTo(new Mapping.CsvOptions(';', '"', Charset.forName("UTF-8"), 1));
        assertThat(mapping.entities()).map(Mapping.MappedEntity::name)
                .containsExactly("company", "director", "directorship");
        var company = mapping.entities().getFirst();
        assertThat(company.schema()).isEqualTo(MappingSchema.COMPANY);
        assertThat(company.keys()).containsExactly("БИН");
        assertThat(company.keyPrefix()).isEqualTo("kz-bin");
        assertThat(company.properties().get("name").columns())
                .containsExactly("Наименование на русском языке", "Наименование на казахском языке");
        assertThat(company.properties().get("country").literals()).containsExactly("KZ");
        assertThat(company.extra()).containsOnlyKeys("activityCode", "activityName", "registerStatus");
        var director = mapping.entities().get(1);
        assertThat(director.optional()).isTrue();
        assertThat(director.keyHash()).isTrue();
        assertThat(mapping.entities().get(2).properties().get("organization").entity()).isEqualTo("company");
    }

    @Test
    void theShippedCustomsMappingReadsEveryColumnItNeeds() {
        var mapping = MappingParser.read(Path.of("data-loaders/mappings/customs-declarations.yml"));

        assertThat(mapping.columns()).containsKeys("DECLARATION_NO", "ITEM_NO", "HS_CODE", "STAT_VALUE_USD",
                "EXPORTER_ID", "CONSIGNEE_COUNTRY").doesNotContainKeys("INVOICE_VALUE", "CURRENCY");
        assertThat(mapping.entities().get(2).schema()).isEqualTo(MappingSchema.SHIPMENT);
        assertThat(mapping.entities().get(2).properties().get("date").dateFormat()).isEqualTo("%d/%m/%Y");
    }

    @Test
    void csvOptionsHaveSensibleDefaultsAndTakeATabOrNoQuote() {
        assertThat(MappingParser.parse("m.yml", COMPANY).csv())
                .isEqualTo(new Mapping.CsvOptions(',', '"', Charset.forName("UTF-8"), 1));
        var tab = MappingParser.parse("m.yml", """
                csv: {delimiter: tab, quote: "", encoding: windows-1251, header_row: 3}
                """ + COMPANY).csv();
        assertThat(tab).isEqualTo(new Mapping.CsvOptions('\t', null, Charset.forName("windows-1251"), 3));
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey() {
        assertMistake(COMPANY.replace("schema: Company", "schema: Firm"),
                "m.yml line 3: entities.company.schema: unknown schema 'Firm'; expected one of Company, LegalEntity,");
        assertMistake(COMPANY.replace("name: {column: name}", "nme: {column: name}"),
                "m.yml line 6: entities.company.properties.nme: unknown property 'nme' of Company; expected one of"
                        + " name, alias, country,");
        assertMistake(COMPANY.replace("{column: name}", "{colum: name}"),
                "m.yml line 6: entities.company.properties.name: unknown key 'colum'; expected one of column,");
        assertMistake(COMPANY.replace("    keys: [id]\n", ""),
                "entities.company.keys: a Company needs the columns that identify it");
        assertMistake(COMPANY.replace("name: {column: name}", "country: {column: c}"),
                "entities.company.properties: a Company needs the property 'name'");
        assertMistake(COMPANY.replace("{column: name}", "{column: a, literal: b}"),
                "entities.company.properties.name: give only one of column, literal");
        assertMistake(COMPANY + "      incorporationDate: {column: d, format: '%d.%q.%Y'}\n",
                "m.yml line 7: entities.company.properties.incorporationDate.format: '%d.%q.%Y' is not a date pattern");
        assertMistake(COMPANY + "      country: {literal: Atlantis}\n",
                "entities.company.properties.country.literal: literal of entities.company.properties.country value"
                        + " 'Atlantis' is not a known country");
        assertMistake("csv: {encoding: utf-9}\n" + COMPANY,
                "m.yml line 1: csv.encoding: unknown character set 'utf-9'");
        assertMistake("csv: {delimiter: ';;'}\n" + COMPANY, "csv.delimiter: must be one character");
        assertMistake(COMPANY + "    extra:\n      bin: {column: b}\n",
                "entities.company.extra.bin: 'bin' is a property of the model; map it under properties");
        assertMistake("entities: {}\n", "m.yml line 1: entities: maps no entity");
        assertMistake("entities:\n  company: [Company]\n",
                "m.yml line 2: entities.company: must be a mapping of keys to values");
    }

    @Test
    void aLinkMustReferToAMappedParty() {
        var link = COMPANY + """
                  owner:
                    schema: Ownership
                    properties:
                      owner: {entity: person}
                      asset: {entity: company}
                """;

        assertMistake(link, "m.yml line 10: entities.owner.properties.owner.entity: refers to 'person', which is not a mapped"
                + " entity; mapped are company, owner");
        assertMistake(link.replace("{entity: person}", "{column: owner_id}"),
                "entities.owner.properties.owner: refers to another mapped entity: give only 'entity: NAME'");
    }

    @Test
    void yamlThatIsNotAMappingIsRefusedWithTheParsersWords() {
        assertMistake("entities:\n  company: {schema: Company\n", "m.yml line 3: is not valid YAML:");
        assertMistake("entities:\n  company:\n    schema: Company\n      keys: [id]\n",
                "m.yml line 4: is not valid YAML: mapping values are not allowed here");
        assertMistake("entities:\n  a: {schema: Company}\n  a: {schema: Person}\n",
                "m.yml line 3: entities: the key 'a' is given twice");
        assertMistake("", "m.yml: is empty");
    }

    @Test
    void aValueMayJoinOrSplitCells() {
        var mapping = MappingParser.parse("m.yml", COMPANY.replace("name: {column: name}",
                "name: {columns: [last, first], join: ' '}\n      alias: {column: other, split: ';'}"));

        var properties = mapping.entities().getFirst().properties();
        assertThat(properties.get("name").join()).isEqualTo(" ");
        assertThat(properties.get("alias").split()).isEqualTo(";");
        assertThat(mapping.columns()).containsOnlyKeys("id", "last", "first", "other");
        assertThat(List.copyOf(mapping.columns().keySet())).startsWith("id");
    }

    private static void assertMistake(String yaml, String message) {
        assertThatThrownBy(() -> MappingParser.parse("m.yml", yaml)).isInstanceOf(MappingException.class)
                .hasMessageContaining(message);
    }
}
