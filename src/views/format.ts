/** Number formats shared by the view models. */

/** "250 000 €": amounts of funding, whole euros. */
export const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
