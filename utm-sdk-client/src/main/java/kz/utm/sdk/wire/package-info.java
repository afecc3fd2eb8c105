/**
 * The SDK's own wire types: the records and enums the server's JSON is read into, and the
 * commands sent to it. They mirror the reference server's OpenAPI document; a member the
 * server leaves out is an empty {@code Optional}, never {@code null}.
 *
 * <p>Every type here is an immutable value, safe to share between threads. Commands check
 * their arguments in their constructors: a {@code null} is refused with a
 * {@link NullPointerException} naming the parameter, a value that can never be right (an id
 * below 1) with an {@link IllegalArgumentException}; the server checks the rest and answers a
 * {@code ValidationException} naming every bad field.
 */
package kz.utm.sdk.wire;
