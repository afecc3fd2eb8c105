/**
 * The SDK's errors: one small unchecked hierarchy rooted at {@link kz.utm.sdk.error.UtmApiException}.
 *
 * <table>
 * <caption>Which exception for which answer</caption>
 * <tr><th>answer</th><th>exception</th></tr>
 * <tr><td>400, 422</td><td>{@link kz.utm.sdk.error.ValidationException}, with every field error</td></tr>
 * <tr><td>401</td><td>{@link kz.utm.sdk.error.AuthenticationException}</td></tr>
 * <tr><td>403</td><td>{@link kz.utm.sdk.error.PermissionDeniedException}, the policy's reason as detail</td></tr>
 * <tr><td>404</td><td>{@link kz.utm.sdk.error.NotFoundException}</td></tr>
 * <tr><td>409</td><td>{@link kz.utm.sdk.error.ConflictException}: kind and field, from and to, the zones entered</td></tr>
 * <tr><td>413</td><td>{@link kz.utm.sdk.error.RequestTooLargeException}</td></tr>
 * <tr><td>429</td><td>{@link kz.utm.sdk.error.RateLimitedException}, with Retry-After</td></tr>
 * <tr><td>5xx</td><td>{@link kz.utm.sdk.error.ServerException}</td></tr>
 * <tr><td>no answer</td><td>{@link kz.utm.sdk.error.ConnectionException}, status 0</td></tr>
 * <tr><td>any other status, or an unreadable answer</td><td>{@link kz.utm.sdk.error.UtmApiException} itself</td></tr>
 * </table>
 *
 * <p>Every exception is immutable after construction and may be handed between threads.
 */
package kz.utm.sdk.error;
