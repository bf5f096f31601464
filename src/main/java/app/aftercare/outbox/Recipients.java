package app.aftercare.outbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recipients as staff see them on {@code /admin/messages}: {@code p•••@home.example},
 * enough to tell messages apart without showing the address.
 */
public final class Recipients {

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:@]+@([A-Za-z0-9.-]+)");

	private Recipients() {
	}

	/**
	 * The first character and the domain of an email address, or the last two digits of a
	 * phone number.
	 */
	public static String mask(String recipient) {
		if (recipient == null || recipient.isEmpty()) {
			return "";
		}
		int at = recipient.lastIndexOf('@');
		if (at > 0) {
			return recipient.charAt(0) + "•••" + recipient.substring(at);
		}
		return (recipient.length() > 2) ? "•••" + recipient.substring(recipient.length() - 2) : "•••";
	}

	/**
	 * The text with every email address in it masked, such as an SMTP server's answer.
	 */
	static String maskAll(String text) {
		Matcher matcher = EMAIL.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(mask(matcher.group())));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
