package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.BrowserTest;
import org.openqa.selenium.By;

class WebLoginBrowserTests extends BrowserTest {

	@Test
	void anOpenPageAsksForALoginFirst() {
		browser.get(url("/#/priorities"));
		await().until(d -> !d.findElements(By.id("login")).isEmpty());
		assertThat(browser.getCurrentUrl()).contains("/login");
		screenshot("login");
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() {
		browser.get(url("/login"));
		find("#username").sendKeys("analyst");
		find("#password").sendKeys("wrong");
		find("#login-submit").click();
		await().until(d -> !d.findElements(By.cssSelector("p.error")).isEmpty());
		assertThat(browser.getCurrentUrl()).contains("/login?error");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleLogsInSeesItsNameAndRoleAndLogsOut(Role role) {
		logIn(role);
		assertThat(find("#user-name").getText()).isEqualTo(role.name().toLowerCase(Locale.ROOT));
		assertThat(find("#user-role").getAttribute("data-user-role")).isEqualTo(role.name());
		// The treaty editor is offered to editors and administrators only.
		boolean editor = role.compareTo(Role.EDITOR) >= 0;
		assertThat(find("#nav [data-page=edit]").isDisplayed()).isEqualTo(editor);

		find("#logout-button").click();
		await().until(d -> d.getCurrentUrl().contains("/login?logout"));
		browser.get(url("/"));
		await().until(d -> !d.findElements(By.id("login")).isEmpty());
	}

}
