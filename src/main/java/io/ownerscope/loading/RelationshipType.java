package io.ownerscope.loading;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The relationship types a source may state between entities, and what each may point at. */
public enum RelationshipType {
    OWNS(Target.ENTITY),
    CONTROLS(Target.ENTITY),
    DIRECTOR_OF(Target.ENTITY),
    REGISTERED_AT(Target.ADDRESS),
    FAMILY_OF(Target.ENTITY),
    ASSOCIATE_OF(Target.ENTITY);

    public enum Target { ENTITY, ADDRESS }

    private final Target target;

    RelationshipType(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }

    static RelationshipType parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException("unknown relationship type '" + value + "'; expected one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
