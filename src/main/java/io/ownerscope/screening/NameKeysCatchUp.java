package io.ownerscope.screening;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Keys, once, the names of entities a store holds from before name keys existed; later starts find none to key.
 * Whether it runs before or after the demo case loads does not matter: a load keys its own names.
 */
@Component
@ConditionalOnWebApplication
class NameKeysCatchUp implements ApplicationRunner {

    private final NameIndex names;

    NameKeysCatchUp(NameIndex names) {
        this.names = names;
    }

    @Override
    public void run(ApplicationArguments args) {
        names.catchUp();
    }
}
