package app.aftercare.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;

/**
 * The entries of a form's error summary, in the order the fields appear on the form, each
 * naming its field ("Clinic name: Enter a value.") and linking to it. The form's field
 * declaration order is its order on the page: the summary follows it, global errors last.
 * <p>
 * The field's name in the summary is the message {@code field.<FormClass>.<field>}, or
 * {@code field.<field>} when the label is the same on every form.
 */
public final class ErrorSummary {

	private ErrorSummary() {
	}

	public static List<Entry> of(List<DetailedError> errors, Object formObject) {
		Class<?> form = formObject.getClass();
		List<String> order = fieldOrder(form);
		List<Entry> entries = new ArrayList<>();
		for (DetailedError error : errors) {
			String field = error.isGlobal() ? null : error.getFieldName();
			String formKey = (field != null) ? "field." + form.getSimpleName() + "." + field : null;
			String genericKey = (field != null) ? "field." + field : null;
			entries.add(new Entry(field, formKey, genericKey, error.getMessage(), position(order, field)));
		}
		entries.sort(Comparator.comparingInt(Entry::position));
		return entries;
	}

	private static int position(List<String> order, String field) {
		if (field == null) {
			return Integer.MAX_VALUE;
		}
		int index = order.indexOf(field);
		return (index >= 0) ? index : order.size();
	}

	private static List<String> fieldOrder(Class<?> form) {
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> type = form; type != null && type != Object.class; type = type.getSuperclass()) {
			hierarchy.add(0, type);
		}
		List<String> order = new ArrayList<>();
		for (Class<?> type : hierarchy) {
			for (Field field : type.getDeclaredFields()) {
				order.add(field.getName());
			}
		}
		return order;
	}

	/**
	 * One line of the summary.
	 *
	 * @param field the field the link goes to (its id), or null for an error of the whole
	 * form
	 * @param formKey the message naming the field on this form
	 * @param genericKey the message naming a field of that name on any form
	 * @param message what is wrong
	 * @param position where the field comes on the form
	 */
	public record Entry(String field, String formKey, String genericKey, String message, int position) {
	}

}
