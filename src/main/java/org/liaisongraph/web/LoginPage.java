package org.liaisongraph.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The login form, rendered here because it must carry the session's CSRF token; its labels are
 * translated in the browser by {@code login.js} like every other page.
 */
@RestController
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String login(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String message = "";
		if (request.getParameter("error") != null) {
			message = "<p class=\"error\" data-i18n=\"login.failed\">Wrong user name or password.</p>";
		}
		else if (request.getParameter("logout") != null) {
			message = "<p class=\"note\" data-i18n=\"login.loggedOut\">You are logged out.</p>";
		}
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>Liaison Graph</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<link rel="stylesheet" href="/web/app.css"><script type="module" src="/web/login.js"></script></head>
				<body class="login"><main>
				<h1>Liaison Graph</h1>
				<form method="post" action="/login" id="login">
				%s
				<label><span data-i18n="login.user">User name</span> <input name="username" id="username" autocomplete="username" required autofocus></label>
				<label><span data-i18n="login.password">Password</span> <input name="password" id="password" type="password" autocomplete="current-password" required></label>
				<input type="hidden" name="%s" value="%s">
				<button type="submit" id="login-submit" data-i18n="login.submit">Log in</button>
				</form>
				<p class="lang"><button type="button" data-lang="en">English</button> <button type="button" data-lang="nl">Nederlands</button> <button type="button" data-lang="fr">Français</button></p>
				</main></body></html>
				""".formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
