import type { Labels } from 'react-session-kit';

/**
 * A right-to-left locale for the stories: Arabic labels for the kit's components (set once on
 * the provider). Server messages stay as the server sends them. Anything missing stays English.
 */
export const arabicLabels: Partial<Labels> = {
  loginForm: 'تسجيل الدخول',
  username: 'اسم المستخدم',
  password: 'كلمة المرور',
  logIn: 'تسجيل الدخول',
  usernameRequired: 'أدخل اسم المستخدم.',
  passwordRequired: 'أدخل كلمة المرور.',
  forgotPassword: 'هل نسيت كلمة المرور؟',
  signUp: 'إنشاء حساب',
  accountSelectForm: 'اختر حسابًا',
  account: 'الحساب',
  continue: 'متابعة',
  loadingAccounts: 'جارٍ تحميل الحسابات…',
  noAccounts: 'لا توجد حسابات للاختيار منها.',
  back: 'رجوع',
  loggedIn: 'تم تسجيل دخولك.',
  loading: 'جارٍ التحميل…',
  switchAccount: 'تبديل الحساب',
  currentAccount: (title) => `${title} (الحالي)`,
  switchedAccount: (title) => `تم التبديل إلى ${title}.`,
  alerts: 'التنبيهات',
  dismissAlert: (title) => (title ? `إغلاق: ${title}` : 'إغلاق التنبيه'),
  alertDetails: 'التفاصيل',
  moreAlerts: (count) =>
    count === 1
      ? 'تنبيه واحد آخر'
      : count === 2
        ? 'تنبيهان آخران'
        : count <= 10
          ? `${count} تنبيهات أخرى`
          : `${count} تنبيهًا آخر`,
};
