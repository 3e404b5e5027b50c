/** Prints only the workshop handout: the print stylesheet hides the rest while the class is set. */
export function printHandout(): void {
  document.body.classList.add('printing-handout');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-handout'), {
    once: true,
  });
  window.print();
}
