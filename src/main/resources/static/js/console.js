// Every htmx request carries the session's CSRF token as a header, as Spring Security expects.
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// A request htmx sends in the background that fails (an expired session, a refusal, an engine error) must
// not look like nothing happened: say so above the page.
function showProblem(text) {
    const banner = document.getElementById("htmx-problem");
    if (banner) {
        banner.textContent = text;
        banner.hidden = false;
    }
}
document.addEventListener("htmx:responseError", (event) => {
    const status = event.detail.xhr.status;
    showProblem(status === 403
        ? "Uw sessie is verlopen of u heeft hiervoor geen toegang. Laad de pagina opnieuw en log zo nodig opnieuw in."
        : "Er ging iets mis (status " + status + "). Probeer het opnieuw; blijft het misgaan, meld dan het tijdstip aan de operator.");
});
document.addEventListener("htmx:sendError", () => {
    showProblem("De engine is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.");
});
document.addEventListener("htmx:beforeRequest", () => {
    const banner = document.getElementById("htmx-problem");
    if (banner) {
        banner.hidden = true;
    }
});
