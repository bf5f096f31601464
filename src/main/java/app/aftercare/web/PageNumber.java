package app.aftercare.web;

/**
 * The page of a list a request asks for, read from the query string.
 */
public final class PageNumber {

	private PageNumber() {
	}

	/**
	 * Anything but digits is the first page; a number too large for an {@code int} is
	 * left for the service to clamp to the last page.
	 */
	public static int of(String page) {
		if (page.matches("\\d{1,9}")) {
			return Integer.parseInt(page);
		}
		return page.matches("\\d+") ? Integer.MAX_VALUE : 0;
	}

}
