package io.ownerscope.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request refused for inputs a controller checks in code: answered as 400 with one error member per input. */
public final class InvalidInputException extends ApiException {

    private final List<InvalidInput> inputs;

    public InvalidInputException(InvalidInput input) {
        this(List.of(input));
    }

    public InvalidInputException(List<InvalidInput> inputs) {
        super(HttpStatus.BAD_REQUEST, InvalidInput.details(inputs));
        this.inputs = List.copyOf(inputs);
    }

    List<InvalidInput> inputs() {
        return inputs;
    }
}
