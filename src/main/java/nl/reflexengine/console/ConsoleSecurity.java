package nl.reflexengine.console;

import java.time.Clock;
import java.util.List;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which console page. Users log in with a form against the users in the database (their own
 * authentication, apart from the operator's login to the actuator endpoints); sessions carry the login, and
 * every form and htmx request carries the session's CSRF token. The paths each role may open are listed
 * here and only here; which clients a user sees is decided in the SQL of each page's queries.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    @Bean
    @Order(2) // after the actuator's chain, which takes its own requests
    SecurityFilterChain consoleAccess(
            HttpSecurity http,
            ConsoleProperties console,
            AccountStore accounts,
            PasswordEncoder passwords,
            SecondFactorStep secondFactor)
            throws Exception {
        if (!console.enabled()) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                    .build();
        }
        return http.authenticationManager(new ProviderManager(
                        new ConsoleLogin(accounts, passwords, Clock.systemUTC(), console.secondFactorRequired())))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(
                                    "/login",
                                    "/css/**",
                                    "/js/**",
                                    "/webjars/**",
                                    "/favicon.svg",
                                    "/favicon.ico",
                                    "/error")
                            .permitAll();
                    requests.requestMatchers(SecondFactorController.CODE, SecondFactorController.ENROL)
                            .hasAuthority(PendingSecondFactor.AUTHORITY);
                    for (ConsolePage page : ConsolePage.values()) {
                        if (page.actors().isEmpty()) {
                            requests.requestMatchers(HttpMethod.POST, page.pattern())
                                    .denyAll();
                        } else {
                            requests.requestMatchers(HttpMethod.POST, page.pattern())
                                    .hasAnyRole(ConsolePage.names(page.actors()));
                        }
                        requests.requestMatchers(page.pattern()).hasAnyRole(ConsolePage.names(page.readers()));
                    }
                    requests.requestMatchers("/")
                            .hasAnyRole(ConsolePage.names(List.of(Role.values())))
                            .anyRequest()
                            .denyAll();
                })
                .formLogin(form ->
                        form.loginPage("/login").successHandler(secondFactor).failureUrl("/login?fout"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(secondFactor))
                .addFilterBefore(new AccountStillValid(accounts), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
