package org.liaisongraph.report;

import java.util.Locale;
import java.util.ResourceBundle;

import org.liaisongraph.state.State;

/** The languages the report is written in: the two of the Belgian parliament's reports. */
public enum ReportLanguage {

	NL(Locale.of("nl")), FR(Locale.of("fr"));

	private final Locale locale;

	ReportLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** The language of a code such as {@code nl} or {@code FR}. */
	public static ReportLanguage of(String code) {
		try {
			return valueOf(code.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("lang must be nl or fr, was " + code, ex);
		}
	}

	/** The labels of the report, from {@code report/messages_<lang>.properties}. */
	ResourceBundle messages() {
		return ResourceBundle.getBundle("report.messages", locale, ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The state's name in the language, its English name when the graph has none. */
	String name(State state) {
		String name = (this == NL) ? state.nameNl() : state.nameFr();
		return (name != null) ? name : state.name();
	}

}
