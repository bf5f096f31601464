package app.aftercare.patientlink;

/**
 * Phone numbers as links a phone can call.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * {@code tel:} and the number's digits, with its leading plus if it has one; null
	 * when the text holds no digit.
	 */
	public static String telUri(String phone) {
		if (phone == null) {
			return null;
		}
		String trimmed = phone.strip();
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		if (digits.isEmpty()) {
			return null;
		}
		return "tel:" + (trimmed.startsWith("+") ? "+" : "") + digits;
	}

}
