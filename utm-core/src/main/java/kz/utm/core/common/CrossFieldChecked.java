package kz.utm.core.common;

import java.util.List;

/**
 * A command with rules that relate several fields (departure before arrival, a band's lower
 * end below its upper end), checked by {@link CommandValidator} beside its field constraints.
 */
public interface CrossFieldChecked {

    /**
     * The broken cross-field rules, each naming the field to correct; empty when all hold.
     * Must tolerate null fields (their own constraints report them).
     */
    List<FieldError> crossFieldErrors();
}
