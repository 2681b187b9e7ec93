package nl.reflexengine.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the actuator endpoints, on the management port. Health is open (monitoring polls it; its
 * details are shown to operators only in production); every other endpoint needs the operator's login
 * (HTTP Basic). The console's pages have a login of their own (see the console package). The operator's password comes from configuration or the environment; with
 * none set, no one can use those endpoints.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // one-off commands serve no HTTP
class ActuatorSecurity {

    private static final Logger log = LoggerFactory.getLogger(ActuatorSecurity.class);
    static final String OPERATOR = "OPERATOR";

    @Bean
    @Order(1) // before the console's chain, which takes every other request
    SecurityFilterChain actuatorAccess(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(OPERATOR))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // no browser sessions, no cookies: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    UserDetailsService operators(OperatorProperties operator, PasswordEncoder passwords) {
        if (operator.password() == null || operator.password().isBlank()) {
            log.info("No reflex.operator.password set: actuator endpoints other than health are closed");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(operator.username())
                .password(passwords.encode(operator.password()))
                .roles(OPERATOR)
                .build());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
